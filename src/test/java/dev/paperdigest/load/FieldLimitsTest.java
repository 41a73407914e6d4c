package dev.paperdigest.load;

import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.model.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The same limits on a title however its front matter is written (the fast reader's shape or SnakeYAML's). */
class FieldLimitsTest {
    @TempDir
    Path tmp;

    private String load(String frontMatter) throws Exception {
        Path content = tmp.resolve("c" + System.nanoTime());
        Files.createDirectories(content.resolve("papers"));
        Files.writeString(content.resolve("papers/p.md"), "---\n" + frontMatter + "---\n\nAbstract.\n");
        Diagnostics diags = new Diagnostics();
        ContentLoader.load(content, "content", List.of(new Topic("nas", "NAS", "", List.of("search"))), diags);
        return diags.report().strip();
    }

    @Test
    void aLongTitleIsRefusedTheSameWayInEveryShapeOfFrontMatter() throws Exception {
        String title = "x".repeat(1_001);
        String expected = "content/papers/p.md:2:1: error: title is 1001 characters long; the limit is 1000\n"
                + "  hint: shorten it: the page, the feeds and BibTeX all carry it whole";
        assertEquals(expected, load("title: \"" + title + "\"\n"), "the fast reader's shape");
        assertEquals(expected, load("title: \"" + title + "\"\nauthors: [\"A\", {x: 1}]\n").lines().limit(2)
                .reduce((a, b) -> a + "\n" + b).orElse(""), "SnakeYAML's shape");
        assertEquals("", load("title: \"" + "x".repeat(1_000) + "\"\n"));
    }

    @Test
    void frontMatterPastTheLimitIsOneErrorWhateverItsShape() throws Exception {
        String big = "x".repeat(4_000_000);
        String expected = "content/papers/p.md:2:1: error: invalid YAML in front matter: it is 4000008 characters long; the limit is 1000000"
                + " (the abstract goes below the closing '---')";
        assertEquals(expected, load("title: " + big + "\n").lines().findFirst().orElse(""));
        assertEquals(expected.replace("4000008", "4000012"), load("title: [" + big + "]\n\n\n").lines().findFirst().orElse(""));
    }
}
