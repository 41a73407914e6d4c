package dev.paperdigest.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class PageWriterTest {
    @Test
    void writesWhatStringGetBytesWritesWhateverTheChunks() {
        char[] alphabet = {'a', 'Z', '<', ' ', '\u00e9', '\u00b7', '\u2026', '\u2192', '\u4e00', '\ud83d', '\ude00', '\ud800', '\udfff', '\u07ff', '\u0800'};
        Random random = new Random(3);
        for (int round = 0; round < 5000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(30);
            for (int i = 0; i < len; i++) sb.append(alphabet[random.nextInt(alphabet.length)]);
            String text = sb.toString();
            SiteRenderer.PageWriter w = new SiteRenderer.PageWriter();
            for (int at = 0; at < text.length(); ) {
                int chunk = Math.min(text.length() - at, 1 + random.nextInt(5));
                switch (random.nextInt(3)) {
                    case 0 -> w.write(text, at, chunk);
                    case 1 -> w.write(text.toCharArray(), at, chunk);
                    default -> {
                        chunk = 1;
                        w.write(text.charAt(at));
                    }
                }
                at += chunk;
            }
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), w.bytes(), text);
        }
    }
}
