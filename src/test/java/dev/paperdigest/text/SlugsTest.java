package dev.paperdigest.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugsTest {
    @Test
    void makesReadableLowercaseSlugs() {
        assertEquals("mixup-beyond-empirical-risk-minimization", Slugs.of("mixup: Beyond Empirical Risk Minimization"));
        assertEquals("zero123-a-single-image", Slugs.of("Zero123++: a Single Image"));
    }

    @Test
    void foldsAccentsAndDropsPathCharacters() {
        assertEquals("etude-sur-les-reseaux", Slugs.of("Étude sur les réseaux"));
        assertEquals("etc-passwd", Slugs.of("../../etc/passwd"));
        assertEquals("paper", Slugs.of("?!"));
    }

    @Test
    void avoidsReservedNames() {
        assertEquals("con-paper", Slugs.of("CON"));
        assertFalse(Slugs.isValid("nul"));
    }

    @Test
    void cutsLongTitlesAtAWordBoundary() {
        String slug = Slugs.of("word ".repeat(40));
        assertTrue(slug.length() <= Slugs.MAX_LENGTH, slug);
        assertTrue(slug.endsWith("word"), slug);
    }

    @Test
    void validatesFileNames() {
        assertTrue(Slugs.isValid("deep-residual-learning"));
        assertFalse(Slugs.isValid("Deep_Residual"));
        assertFalse(Slugs.isValid("a--b"));
        assertFalse(Slugs.isValid("-a"));
        assertFalse(Slugs.isValid(".."));
    }
}
