package dev.paperdigest.importer;

import dev.paperdigest.diag.Diagnostics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedFormatTest {
    private static final String CHROME = "Get trending papers in your email inbox once a day!\n"
            + "Get trending papers in your email inbox!\n";

    private static List<String> titles(ParsedSource s) {
        return s.records().stream().map(r -> r.where() + " " + r.title() + " | " + r.abstractText()).toList();
    }

    @Test
    void skipsChromeAndUnglesTheFirstTitleFromSubscribe() {
        Diagnostics d = new Diagnostics();
        ParsedSource r = SeedFormat.parse(CHROME + "SubscribeDeep Learning\nAbstract one.\nmixup: B\nAbstract  two.\n",
                "seed.txt", d);
        assertEquals(List.of("seed.txt:3 Deep Learning | Abstract one.", "seed.txt:5 mixup: B | Abstract two."), titles(r));
        assertEquals("", d.report());
    }

    @Test
    void importsADumpWithoutChrome() {
        Diagnostics d = new Diagnostics();
        ParsedSource r = SeedFormat.parse("Deep Learning\nAbstract one.\n\nOther\nAbstract two.", "seed.txt", d);
        assertEquals(List.of("seed.txt:1 Deep Learning | Abstract one.", "seed.txt:4 Other | Abstract two."), titles(r));
    }

    @Test
    void rejectsATitleWithoutAbstract() {
        Diagnostics d = new Diagnostics();
        SeedFormat.parse("A\nabstract\nB\n", "seed.txt", d);
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
