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
}
