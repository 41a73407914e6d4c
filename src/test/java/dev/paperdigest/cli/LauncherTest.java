package dev.paperdigest.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LauncherTest {
    @Test
    void choosesTheQuickCompilerUnder30000PapersAndAHeapSizedToTheDigest() {
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmx629m"),
                Launcher.options(null, List.of(), 10_000, 6000));
        assertEquals(List.of("-XX:+UseParallelGC", "-Xmx1683m"), Launcher.options(null, List.of(), 100_000, 6000));
        assertEquals(List.of("-XX:+UseParallelGC"), Launcher.options(null, List.of(), 1_000_000, 6000),
                "never more heap than the JVM would take by default");
    }

    @Test
    void leavesChoicesGivenToTheFirstJvmAlone() {
        assertEquals(List.of("-XX:+UseParallelGC", "-Xmx512m"), Launcher.options(null, List.of("-XX:TieredStopAtLevel=4"), 10, 6000));
        assertEquals(List.of("-XX:TieredStopAtLevel=1"), Launcher.options(null, List.of("-Xmx4g", "-XX:+UseG1GC"), 10, 6000));
    }

    @Test
    void takesTheOptionsFromTheEnvironmentWhenSet() {
        assertEquals(List.of("-Xmx2g", "-XX:+UseSerialGC"), Launcher.options(" -Xmx2g  -XX:+UseSerialGC ", List.of(), 10, 6000));
        assertEquals(List.of(), Launcher.options("", List.of(), 10, 6000), "empty: no second JVM");
    }

    @Test
    void findsTheDigestRootAndCountsItsPapers(@TempDir Path dir) throws Exception {
        assertEquals(Path.of("x"), Launcher.root(new String[]{"build", "--source", "x"}));
        assertEquals(Path.of("y"), Launcher.root(new String[]{"build", "--source=y"}));
        assertEquals(Path.of(""), Launcher.root(new String[]{"build"}));
        assertEquals(0, Launcher.countPapers(dir));
        Path papers = Files.createDirectories(dir.resolve("content/papers"));
        for (int i = 0; i < 3; i++) Files.writeString(papers.resolve("p" + i + ".md"), "");
        assertEquals(3, Launcher.countPapers(dir));
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
