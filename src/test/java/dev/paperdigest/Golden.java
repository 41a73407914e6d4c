package dev.paperdigest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden-file comparison. Run with {@code -Dgolden.update=true} to rewrite the expected files on
 * purpose (then review the diff in git); otherwise a missing or different file fails the test.
 */
public final class Golden {
    private Golden() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    public static void assertMatches(Path expectedFile, String actual) {
        try {
            if (updating()) {
                Files.createDirectories(expectedFile.getParent());
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(expectedFile)) {
                throw new AssertionError("no golden file " + expectedFile + "; run with -Dgolden.update=true to create it");
            }
            assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual, expectedFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
