package dev.paperdigest.pipeline;

import dev.paperdigest.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kill -9 of a build at a random moment (first builds and repeat builds, after an edit): the site
 * it leaves is the old one or the new one, each file whole; the next build makes it a clean build's,
 * byte for byte, and nothing a killed build made is left. {@value #ROUNDS} rounds in {@code verify};
 * {@code -Dkills.rounds=50} for the measurement in the README.
 */
class KilledBuildIT {
    static final int ROUNDS = 16;
    @TempDir
    Path tmp;

    private static final String JAR = Path.of(System.getProperty("paperdigest.jar", "target/paper-digest.jar")).toAbsolutePath().toString();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private static Process build(Path root, Path log, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(JAVA, "-jar", JAR, "build"));
        cmd.addAll(Arrays.asList(extra));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        // the build in this JVM, so the kill reaches the process that writes
        pb.environment().put("PAPER_DIGEST_JAVA_OPTIONS", "");
        return pb.start();
    }

    @Test
    void theBuildJvmEndsWithItsLauncher() throws Exception {
        Path root = TestFiles.copy(TestFiles.resources().resolve("sites/small"), tmp.resolve("launched"));
        // enough papers that the build takes seconds: it must end with its launcher, not finish first
        for (int i = 0; i < 4000; i++) {
            Files.writeString(root.resolve("content/papers/extra-" + i + ".md"), "---\ntitle: \"Extra paper " + i
                    + "\"\ntopics: [robustness]\n---\n\nAn abstract about robust models number " + i + ".\n");
        }
        Process launcher = new ProcessBuilder(JAVA, "-jar", JAR, "build").directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("launcher.txt").toFile()).start();
        ProcessHandle child = null;
        for (int i = 0; i < 200 && child == null && launcher.isAlive(); i++) {
            child = launcher.toHandle().children().findFirst().orElse(null);
            if (child == null) Thread.sleep(10);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(child != null, "the build ran in the launcher's own JVM");
        Thread.sleep(500);
        launcher.destroyForcibly().waitFor();
        // the build alone takes seconds more; had it gone on, its site would appear by then
        // (whether the JVM itself is gone cannot be seen from here: an orphan stays a zombie until
        // its new parent reaps it, and ProcessHandle counts zombies as alive)
        for (int i = 0; i < 150 && !Files.exists(root.resolve("site")); i++) Thread.sleep(100);
        assertTrue(!Files.exists(root.resolve("site")), "the build went on after its launcher was killed and swapped in a site");
        // and the next build is exact, whatever the killed one left
        assertEquals(0, build(root, tmp.resolve("after-launcher.txt")).waitFor());
        Path clean = tmp.resolve("clean-launcher");
        assertEquals(0, build(root, tmp.resolve("clean-launcher.txt"), "--no-cache", "--out", clean.toString()).waitFor());
        assertEquals(TestFiles.tree(clean).keySet(), TestFiles.tree(root.resolve("site")).keySet());
    }

    @Test
    void aKilledBuildLeavesTheNextOneExact() throws Exception {
        Path root = TestFiles.copy(TestFiles.resources().resolve("sites/small"), tmp.resolve("digest"));
        Path paper = root.resolve("content/papers/deep-residual-learning.md");
        String original = Files.readString(paper);
        Random random = new Random(20261201);
        int kills = 0;
        int rounds = Integer.getInteger("kills.rounds", ROUNDS);
        Map<String, Integer> leftAs = new TreeMap<>();
        for (int round = 0; round < rounds; round++) {
            // an edit, so a repeat build has pages to write; every third round starts from no site
            Files.writeString(paper, original.replace("Deep Residual", "Deep Residual (" + round + ")"));
            if (round % 3 == 0) TestFiles.deleteTree(root.resolve("site"));
            TreeMap<String, byte[]> before = Files.exists(root.resolve("site")) ? TestFiles.tree(root.resolve("site")) : null;
            Process p = build(root, tmp.resolve("killed-" + round + ".txt"));
            Thread.sleep(300 + random.nextInt(1150));
            if (p.isAlive()) {
                p.destroyForcibly();
                kills++;
            }
            p.waitFor();
            TreeMap<String, byte[]> killed = Files.exists(root.resolve("site")) ? TestFiles.tree(root.resolve("site")) : null;
            assertEquals(0, build(root, tmp.resolve("after-" + round + ".txt")).waitFor(),
                    Files.readString(tmp.resolve("after-" + round + ".txt")));
            Path clean = tmp.resolve("clean-" + round);
            assertEquals(0, build(root, tmp.resolve("clean-" + round + ".txt"), "--no-cache", "--out", clean.toString()).waitFor());
            TreeMap<String, byte[]> want = TestFiles.tree(clean);
            TreeMap<String, byte[]> got = TestFiles.tree(root.resolve("site"));
            assertEquals(want.keySet(), got.keySet(), "round " + round);
            String state = killed == null ? (before == null ? "none yet" : "old beside, put back by the next build")
                    : same(killed, before) ? "old" : same(killed, want) ? "new" : null;
            assertTrue(state != null, "round " + round + ": the killed build left a site that is neither the old one nor the new one");
            leftAs.merge(state, 1, Integer::sum);
            for (Map.Entry<String, byte[]> e : want.entrySet()) {
                assertTrue(Arrays.equals(e.getValue(), got.get(e.getKey())), "round " + round + ": " + e.getKey());
            }
            try (Stream<Path> beside = Files.list(root)) {
                assertEquals(List.of(), beside.map(x -> x.getFileName().toString()).filter(n -> n.startsWith(".site.")).toList(),
                        "round " + round);
            }
        }
        System.out.println("killed " + kills + " of " + rounds + " builds while they ran; site left as " + leftAs);
        assertTrue(kills > 0, "no build was still running when killed: the delays are too long for this machine");
    }

    private static boolean same(TreeMap<String, byte[]> a, TreeMap<String, byte[]> b) {
        if (a == null || b == null || !a.keySet().equals(b.keySet())) return false;
        for (Map.Entry<String, byte[]> e : a.entrySet()) if (!Arrays.equals(e.getValue(), b.get(e.getKey()))) return false;
        return true;
    }
}
