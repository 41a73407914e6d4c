package dev.paperdigest.importer;

import dev.paperdigest.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewPaperTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;

    private Path content() throws Exception {
        Path c = Files.createDirectories(dir.resolve("content"));
        Files.writeString(c.resolve("topics.yaml"), "- id: nas\n  name: NAS\n- id: robustness\n  name: R\n");
        Files.writeString(c.resolve("site.yaml"), "title: T\n");
        return c;
    }

    @Test
    void writesAWellFormedDraft() throws Exception {
        Diagnostics d = new Diagnostics();
        Optional<String> f = NewPaper.create(content(), "content", "Single Path: One-Shot NAS", "arXiv:1904.00420v4",
                List.of("nas", "robustness"), DAY, d);
        assertEquals(Optional.of("content/papers/single-path-one-shot-nas.md"), f, d.report());
        assertEquals("""
                ---
                title: "Single Path: One-Shot NAS"
                authors: []
                date: \n\
                added: 2026-11-26
                arxiv: "1904.00420"
                topics: [nas, robustness]
                draft: true
                ---

                """, Files.readString(dir.resolve("content/papers/single-path-one-shot-nas.md")));
    }

    @Test
    void refusesUnknownTopicsABadIdAndADuplicate() throws Exception {
        Diagnostics d = new Diagnostics();
        assertTrue(NewPaper.create(content(), "content", "X", "nope", List.of("gan"), DAY, d).isEmpty());
        assertEquals("""
                --arxiv: error: 'nope' is not an arXiv id
                  hint: for example --arxiv 1512.03385
                --topics: error: unknown topic id 'gan'
                  hint: valid ids (content/topics.yaml): nas, robustness
                """, d.report());
        NewPaper.create(content(), "content", "Same Paper", null, List.of(), DAY, new Diagnostics());
        Diagnostics again = new Diagnostics();
        assertTrue(NewPaper.create(content(), "content", "same paper!", null, List.of(), DAY, again).isEmpty());
        assertTrue(again.report().contains("already in the digest as content/papers/same-paper.md"), again.report());
    }
}
