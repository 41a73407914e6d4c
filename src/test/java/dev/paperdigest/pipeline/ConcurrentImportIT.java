package dev.paperdigest.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two imports of one file into one digest at the same moment add each paper once. */
class ConcurrentImportIT {
    @TempDir
    Path tmp;

    @Test
    void twoImportsAtOnceNeverDuplicateAPaper() throws Exception {
        Files.createDirectories(tmp.resolve("content"));
        Files.writeString(tmp.resolve("content/site.yaml"), "title: \"T\"\n");
        StringBuilder seed = new StringBuilder();
        for (int i = 0; i < 6; i++) seed.append("Paper number ").append(i).append("\nAbstract ").append(i).append(".\n");
        Path source = Files.writeString(tmp.resolve("seed.txt"), seed);
        String jar = Path.of(System.getProperty("paperdigest.jar", "target/paper-digest.jar")).toAbsolutePath().toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < 3; round++) {
            List<Process> runs = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                runs.add(new ProcessBuilder(java, "-jar", jar, "import", "--added", "2026-11-26", source.toString())
                        .directory(tmp.toFile()).redirectErrorStream(true)
                        .redirectOutput(tmp.resolve("out-" + round + "-" + k + ".txt").toFile()).start());
            }
            for (Process p : runs) assertEquals(0, p.waitFor());
            try (Stream<Path> files = Files.list(tmp.resolve("content/papers"))) {
                assertEquals(6, files.count(), "round " + round);
            }
        }
    }
}
