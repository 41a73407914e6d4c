package dev.paperdigest.importer;

import dev.paperdigest.diag.Diagnostics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedFormatTest {
    private static final String CHROME = "Get trending papers in your email inbox once a day!\n"
            + "Get trending papers in your email inbox!\n";

    @Test
    void skipsChromeAndUnglesTheFirstTitleFromSubscribe() {
        Diagnostics d = new Diagnostics();
        List<ImportRecord> r = SeedFormat.parse(CHROME + "SubscribeDeep Learning\nAbstract one.\nmixup: B\nAbstract two.\n",
                "seed.txt", d);
        assertEquals(List.of(new ImportRecord("Deep Learning", "Abstract one.", 3),
                new ImportRecord("mixup: B", "Abstract two.", 5)), r);
        assertEquals("", d.report());
    }

    @Test
    void importsADumpWithoutChrome() {
        Diagnostics d = new Diagnostics();
        List<ImportRecord> r = SeedFormat.parse("Deep Learning\nAbstract one.\n\nOther\nAbstract two.", "seed.txt", d);
        assertEquals(2, r.size());
        assertEquals(4, r.get(1).line());
    }

    @Test
    void keepsTheFirstOfARepeatedTitleAndReportsTheSecond() {
        Diagnostics d = new Diagnostics();
        List<ImportRecord> r = SeedFormat.parse("A Title\nFirst abstract.\nB\nx\na  title.\nSecond abstract.\n", "seed.txt", d);
        assertEquals(2, r.size());
        assertEquals("First abstract.", r.get(0).abstractText());
        assertEquals("seed.txt:5:1: warning: duplicate of the paper on line 1 (\"a title.\"): kept the first, skipped this one\n"
                + "  hint: remove one of the two from the source\n", d.report());
    }

    @Test
    void rejectsATitleWithoutAbstract() {
        Diagnostics d = new Diagnostics();
        SeedFormat.parse("A\nabstract\nB\n", "seed.txt", d);
        assertTrue(d.hasErrors());
        assertEquals("seed.txt:3:1: error: title without an abstract: the file ends after it\n"
                + "  hint: each paper is a title line followed by its abstract line\n", d.report());
    }

    @Test
    void detectsAShiftedFileByItsLongTitle() {
        Diagnostics d = new Diagnostics();
        String abstractLine = "word ".repeat(100);
        SeedFormat.parse("A\n" + abstractLine + "\n" + abstractLine + "\nB\n", "seed.txt", d);
        assertTrue(d.report().startsWith("seed.txt:3:1: error: expected a title line"), d.report());
    }
}
