package dev.paperdigest.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextsTest {
    @Test
    void titleKeyIgnoresCasePunctuationAndAccents() {
        assertEquals(Texts.titleKey("Deep  Residual Learning."), Texts.titleKey("deep residual learning"));
        assertEquals(Texts.titleKey("Réseaux"), Texts.titleKey("reseaux"));
    }

    @Test
    void collapsesAllKindsOfWhiteSpace() {
        assertEquals("a b c", Texts.collapseSpace("  a\n\tb\u00A0 c "));
    }

    @Test
    void shortensAtAWordBoundary() {
        assertEquals("one two\u2026", Texts.shorten("one two three", 10));
        assertEquals("short", Texts.shorten("short", 10));
    }

    @Test
    void fastPathsGiveWhatTheRegularExpressionsGive() {
        String alphabet = "aZ09 .-:\t\n\u00A0\u00e9\u0301\u2003\u0001,";
        java.util.Random random = new java.util.Random(5);
        java.util.regex.Pattern space = java.util.regex.Pattern.compile("[\\s\\u00A0]+");
        for (int round = 0; round < 100_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = sb.toString();
            org.junit.jupiter.api.Assertions.assertEquals(space.matcher(s).replaceAll(" ").trim(), Texts.collapseSpace(s), s);
            org.junit.jupiter.api.Assertions.assertEquals(Texts.foldAny(s), Texts.titleKey(s), s);
        }
    }
}
