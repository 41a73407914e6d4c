package dev.paperdigest.importer;

import dev.paperdigest.diag.Diagnostics;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** An import refuses what a build would refuse: the same title and author limits (text.Limits). */
class ImportLimitsTest {
    private static ParsedSource.Item one(String title, String author) {
        String bib = "@article{a,\n  title = {" + title + "},\n  author = {" + author + "},\n  year = {2020}\n}\n";
        ParsedSource parsed = SourceFormat.BIBTEX.parse(bib, "refs.bib", new Diagnostics());
        assertEquals(1, parsed.items().size());
        return parsed.items().get(0);
    }

    @Test
    void aTitleOrAuthorPastTheLimitIsRefusedWithTheBuildsWords() {
        assertEquals("title is 1001 characters long; the limit is 1000", one("x".repeat(1_001), "A B").rejection().reason());
        assertEquals("an author's name is 1001 characters long; the limit is 1000", one("T", "y".repeat(1_001)).rejection().reason());
        assertNull(one("x".repeat(1_000), "y".repeat(1_000)).rejection());
    }
}
