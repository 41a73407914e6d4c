package dev.paperdigest.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LauncherTest {
    @Test
    void choosesTheQuickCompilerUnder30000PapersAndAHeapSizedToTheDigestsBytes() {
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmx626m"),
                Launcher.options(null, List.of(), papers(10_000, 1_500), 6000));
        assertEquals(List.of("-XX:+UseParallelGC", "-Xmx1656m"), Launcher.options(null, List.of(), papers(100_000, 1_500), 6000));
        assertEquals(List.of("-XX:+UseParallelGC"), Launcher.options(null, List.of(), papers(1_000_000, 1_500), 6000),
                "never more heap than the JVM would take by default");
        // one 50 MB abstract: its page, search text and analysis are in memory at once (built in 1,200 MB, not in 512)
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmx1274m"),
                Launcher.options(null, List.of(), new Launcher.Content(2, 50_000_170, 50_000_108), 6000));
    }

    private static Launcher.Content papers(int n, long each) {
        return new Launcher.Content(n, n * each, 2 * each);
    }

    private static Launcher.Content small() {
        return new Launcher.Content(10, 15_000, 1_500);
    }

    @Test
    void leavesChoicesGivenToTheFirstJvmAlone() {
        assertEquals(List.of("-XX:+UseParallelGC", "-Xmx512m"), Launcher.options(null, List.of("-XX:TieredStopAtLevel=4"), small(), 6000));
        assertEquals(List.of("-XX:TieredStopAtLevel=1"), Launcher.options(null, List.of("-Xmx4g", "-XX:+UseG1GC"), small(), 6000));
    }

    @Test
    void takesTheOptionsFromTheEnvironmentWhenSet() {
        assertEquals(List.of("-Xmx2g", "-XX:+UseSerialGC"), Launcher.options(" -Xmx2g  -XX:+UseSerialGC ", List.of(), small(), 6000));
        assertEquals(List.of(), Launcher.options("", List.of(), small(), 6000), "empty: no second JVM");
    }

    @Test
    void findsTheDigestRootAndCountsItsPapers(@TempDir Path dir) throws Exception {
        assertEquals(Path.of("x"), Launcher.root(new String[]{"build", "--source", "x"}));
        assertEquals(Path.of("y"), Launcher.root(new String[]{"build", "--source=y"}));
        assertEquals(Path.of(""), Launcher.root(new String[]{"build"}));
        assertEquals(new Launcher.Content(0, 0, 0), Launcher.content(dir));
        Path papers = Files.createDirectories(dir.resolve("content/papers"));
        for (int i = 0; i < 3; i++) Files.writeString(papers.resolve("p" + i + ".md"), "x".repeat(i * 10));
        assertEquals(new Launcher.Content(3, 30, 20), Launcher.content(dir));
    }

    @Test
    void usesTheClassDataArchiveBesideTheJarWhenThereIsOne(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("paper-digest.jar"), "");
        assertEquals(List.of(), Launcher.classData(jar.toString()));
        Files.writeString(dir.resolve("paper-digest.jsa"), "");
        assertEquals(List.of("-XX:SharedArchiveFile=" + dir.resolve("paper-digest.jsa"), "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
                Launcher.classData(jar.toString()));
        assertEquals(List.of(), Launcher.classData("target/classes"), "not from a jar");
        assertEquals(List.of(), Launcher.classData(jar + java.io.File.pathSeparator + "other.jar"));
    }
}
