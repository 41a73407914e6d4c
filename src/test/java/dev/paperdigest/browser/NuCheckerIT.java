package dev.paperdigest.browser;

import dev.paperdigest.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of the shipped digest and of the small test digest (with an issue per week and a paper
 * with math) through the current Nu HTML Checker: no errors. Maven Central's validator stops at
 * 20.7.2 (HtmlValidityTest runs it in-process); the current one comes as the npm package vnu-jar,
 * which .ci/run fetches (VNU_JAR names it; by default ~/.cache/paper-digest/vnu-<version>.jar).
 */
class NuCheckerIT {
    static final String VERSION = "26.9.27";

    @TempDir
    Path tmp;

    static Path vnuJar() {
        String env = System.getenv("VNU_JAR");
        Path jar = env != null && !env.isEmpty() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".cache", "paper-digest", "vnu-" + VERSION + ".jar");
        assertTrue(Files.isRegularFile(jar), "the Nu HTML Checker " + VERSION + " is not at " + jar
                + ": bash .ci/run fetches it (npm package vnu-jar), or set VNU_JAR");
        return jar;
    }

    @Test
    void everyPageHasNoErrors() throws Exception {
        Path jar = vnuJar();
        Chromium.build(Path.of("").toAbsolutePath(), tmp.resolve("shipped"), "https://example.github.io/digest/");
        Path small = TestFiles.copy(TestFiles.resources().resolve("sites/small"), tmp.resolve("small"));
        // a paper with TeX math in its title and abstract (inline, display, a comparison, a TeX dash)
        Files.copy(TestFiles.resources().resolve("sites/extra/delta.md"), small.resolve("content/papers/delta.md"));
        Chromium.build(small, tmp.resolve("small-site"), null);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "--errors-only", "--exit-zero-always"));
        int pages = 0;
        for (Path site : List.of(tmp.resolve("shipped"), tmp.resolve("small-site"))) {
            try (Stream<Path> s = Files.walk(site)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                    cmd.add(p.toString());
                    pages++;
                }
            }
        }
        assertEquals(140 + 21, pages, "every page type, including the issues' pages and their e-mails");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertEquals("", out.strip());
    }
}
