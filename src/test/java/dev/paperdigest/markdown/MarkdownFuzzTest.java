package dev.paperdigest.markdown;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The Markdown fast path against flexmark: where the fast path answers, flexmark (and the sanitiser)
 * give the same HTML and text; and no input makes {@link Markdown#render} throw. Seeds in
 * {@code MarkdownFuzzTestInputs/}; {@code -Pfuzz} fuzzes.
 */
class MarkdownFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void fastPathAgreesWithFlexmark(byte[] data) {
        String s = new String(data, StandardCharsets.UTF_8);
        Markdown.Rendered fast = Markdown.plainProse(s);
        if (fast == null) return;
        Markdown.Rendered slow = Markdown.parsed(s);
        assertEquals(slow.html(), fast.html(), s);
        assertEquals(slow.text(), fast.text(), s);
    }

    @FuzzTest(maxDuration = "60s")
    void renderNeverThrows(byte[] data) {
        Markdown.Rendered r = Markdown.render(new String(data, StandardCharsets.UTF_8));
        assertNotNull(r.html());
        assertNotNull(r.text());
    }
}
