package dev.paperdigest.search;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchIndexTest {
    @Test
    void encodesNumbersAsShortUrlSafeText() {
        StringBuilder sb = new StringBuilder();
        for (int v : new int[]{0, 1, 31, 32, 255, 1_000_000}) Base64Varint.append(sb, v);
        assertArrayEquals(new int[]{0, 1, 31, 32, 255, 1_000_000}, Base64Varint.decode(sb.toString()));
        assertEquals("g", enc(0));
        assertEquals("_", enc(31));
        assertEquals("Ah", enc(32));
    }

    private static String enc(int v) {
        StringBuilder sb = new StringBuilder();
        Base64Varint.append(sb, v);
        return sb.toString();
    }

    @Test
    void putsAWordInTheShardOfItsShortestUnsplitPrefix() {
        Set<String> split = Set.of("co", "con");
        assertEquals("re", Shards.keyOf("residual", split));
        assertEquals("conv", Shards.keyOf("convolution", split));
        assertEquals("cob", Shards.keyOf("cobalt", split));
        assertEquals("con_", Shards.keyOf("con", split));
        assertEquals("a", Shards.keyOf("a", split));
    }

    @Test
    void namesShardFilesInPlainAscii() {
        assertEquals("r~00e9s", SearchIndexBuilder.fileName("rés"));
        assertEquals("co_", SearchIndexBuilder.fileName("co_"));
    }

    @Test
    void splitsWordsLikeTheClient() {
        assertEquals(java.util.List.of("text", "to", "image", "2016", "café"), Words.of("Text-to-Image (2016): Café!"));
        for (String text : java.util.List.of("Text-to-Image (2016): Café!", "ASCII only, A-B c_d 3.5", "\u0130stanbul x", "")) {
            java.util.List<String> added = new java.util.ArrayList<>();
            Words.each(text, added::add);
            assertEquals(Words.of(text), added, text);
        }
    }
}
