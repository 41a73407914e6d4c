package dev.paperdigest.pipeline;

import dev.paperdigest.TestFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages stay small whatever the content's size: pager windows, the topic map only where readable, author lists shortened. */
class BoundedOutputTest {
    @TempDir
    Path tmp;

    private Path digest(int topics, int papers, int authors) throws Exception {
        Path root = Files.createDirectories(tmp.resolve("d" + topics + "-" + papers + "-" + authors));
        Path content = Files.createDirectories(root.resolve("content/papers"));
        Files.writeString(root.resolve("content/site.yaml"), "title: \"Bounds\"\npapers_per_page: 1\n");
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < topics; i++) t.append("- id: t").append(i).append("\n  name: \"Topic ").append(i).append("\"\n  keywords: [k").append(i).append("]\n");
        Files.writeString(root.resolve("content/topics.yaml"), t);
        StringBuilder names = new StringBuilder();
        for (int a = 0; a < authors; a++) names.append(a == 0 ? "" : ", ").append("\"Author Number").append(a).append("\"");
        for (int i = 0; i < papers; i++) {
            Files.writeString(content.resolve("p" + i + ".md"), "---\ntitle: \"Paper " + i + "\"\nauthors: [" + names
                    + "]\ndate: 2026-01-" + String.format("%02d", 1 + i % 28) + "\ntopics: [t0]\n---\n\nAbout k0.\n");
        }
        BuildResult r = new Build("t").run(new BuildOptions(root, root.resolve("site"), null, false));
        assertTrue(r.ok(), r.diagnostics().report());
        return root.resolve("site");
    }

    @Test
    void aPagerShowsTheFirstTheLastAndTwoEitherSide() throws Exception {
        Path site = digest(1, 12, 1);
        Document page6 = Jsoup.parse(Files.readString(site.resolve("topics/t0/page/6/index.html")));
        List<String> shown = page6.select("nav.pager > a:not([rel]), nav.pager > span").eachText();
        assertEquals(List.of("1", "…", "4", "5", "6", "7", "8", "…", "12"), shown);
        Document page1 = Jsoup.parse(Files.readString(site.resolve("topics/t0/index.html")));
        assertEquals(List.of("1", "2", "3", "…", "12"), page1.select("nav.pager > a:not([rel]), nav.pager > span").eachText());
    }

    @Test
    void theTopicMapIsMadeForUpTo30Topics() throws Exception {
        assertTrue(Files.readString(digest(30, 1, 1).resolve("topics/index.html")).contains("How topics overlap"));
        String many = Files.readString(digest(31, 1, 1).resolve("topics/index.html"));
        assertFalse(many.contains("How topics overlap"));
        assertTrue(many.length() < 20_000, "31 topics: " + many.length() + " bytes");
    }

    @Test
    void cardsShortenLongAuthorListsAndThePaperPageHasThemAll() throws Exception {
        Path site = digest(1, 1, 3303);
        String topic = Files.readString(site.resolve("topics/t0/index.html"));
        assertTrue(topic.length() < 20_000, "topic page with a 3,303-author paper: " + topic.length() + " bytes");
        assertTrue(topic.contains("Author Number0, Author Number1, Author Number2, Author Number3, Author Number4, et al.</span> · "), topic);
        assertFalse(topic.contains("Author Number5"));
        String paper = Files.readString(site.resolve("papers/p0/index.html"));
        assertTrue(paper.contains("Author Number3302"));
    }
}
