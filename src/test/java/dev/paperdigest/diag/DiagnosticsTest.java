package dev.paperdigest.diag;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiagnosticsTest {
    @Test
    void formatsPositionMessageAndHintLikeACompiler() {
        Diagnostic d = Diagnostic.error(SourcePos.of("content/papers/x.md", 3, 8), "unknown topic id 'foo'", "use bar");
        assertEquals("content/papers/x.md:3:8: error: unknown topic id 'foo'\n  hint: use bar", d.format());
    }

    @Test
    void omitsUnknownLineAndColumn() {
        assertEquals("content/site.yaml", SourcePos.of("content/site.yaml").toString());
        assertEquals("a.md:4", SourcePos.of("a.md", 4, 0).toString());
    }

    @Test
    void reportsInFileAndLineOrderWhateverTheOrderOfArrival() {
        Diagnostics ds = new Diagnostics();
        ds.warning(SourcePos.of("b.md", 1, 1), "second file", "");
        ds.error(SourcePos.of("a.md", 10, 1), "later line", "");
        ds.error(SourcePos.of("a.md", 2, 1), "earlier line", "");
        assertEquals("a.md:2:1: error: earlier line\na.md:10:1: error: later line\nb.md:1:1: warning: second file\n",
                ds.report());
        assertEquals(2, ds.errorCount());
        assertEquals(1, ds.warningCount());
        assertTrue(ds.hasErrors());
    }

    @Test
    void capsTheListButCountsEverything() {
        Diagnostics ds = new Diagnostics();
        for (int i = 0; i < Diagnostics.CAP + 5; i++) ds.warning(SourcePos.of("a.md", i + 1, 1), "w", "");
        assertEquals(Diagnostics.CAP + 5, ds.warningCount());
        assertTrue(ds.report().endsWith("... and 5 more problems not shown\n"));
        assertFalse(ds.hasErrors());
    }
}
