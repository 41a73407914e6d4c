package dev.paperdigest.pipeline;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentHashTest {
    @Test
    void isStableAcrossRunsAndMachines() {
        // pinned: a change here changes every cached file hash (harmless: the next build rewrites)
        assertEquals("788c6e7c8077cc3fcdca50cab67be984", ContentHash.hex("paper-digest".getBytes(StandardCharsets.UTF_8)));
        assertEquals(32, ContentHash.hex(new byte[0]).length());
    }

    @Test
    void tellsApartEveryLengthAndEveryFlippedBit() {
        Set<String> seen = new HashSet<>();
        for (int len = 0; len <= 48; len++) {
            byte[] data = new byte[len];
            for (int i = 0; i < len; i++) data[i] = (byte) ('a' + i % 26);
            String h = ContentHash.hex(data);
            assertTrue(seen.add(h), "length " + len);
            for (int bit = 0; bit < len * 8; bit++) {
                byte[] flipped = data.clone();
                flipped[bit / 8] ^= (byte) (1 << (bit % 8));
                assertNotEquals(h, ContentHash.hex(flipped), "length " + len + " bit " + bit);
            }
        }
        assertNotEquals(ContentHash.hex(new byte[8]), ContentHash.hex(new byte[9]), "trailing zero bytes count");
    }
}
