package dev.paperdigest.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs {@code build} in a second JVM with options chosen for it, the way launchers of other JVM
 * tools do. A build is a burst of work of a few seconds on all cores: with the JVM's default
 * two-tier compilation the optimising compiler's threads take a core from the build for most of
 * that time (on two cores, a 10,000-paper build took 8.6 s that way and 5.3 s with the quick
 * compiler alone). Large digests run long enough for optimised code to pay, so from
 * {@value #QUICK_COMPILER_BELOW} papers on both compilers are kept. The heap is sized to the digest's
 * bytes ({@value #BASE_HEAP_MB} MB, {@value #HEAP_PER_BYTE} bytes a byte of paper files and as much again
 * for the largest file, whose page, search text and analysis are all in memory at once while it
 * renders; never more than the JVM's own default), with the throughput collector: memory follows the content, not the machine (by default
 * the JVM lets a 100,000-paper build grow to 3 GB and more, though what it keeps alive is 1 GB).
 *
 * <p>{@code PAPER_DIGEST_JAVA_OPTIONS} replaces the chosen options (empty: no second JVM); options
 * given to the first JVM (say {@code -Xmx4g}) are passed on; if the second JVM cannot be started
 * the build runs in the first.
 */
final class Launcher {
    static final String LAUNCHED = "paperdigest.launched";
    static final String ENV = "PAPER_DIGEST_JAVA_OPTIONS";
    static final int QUICK_COMPILER_BELOW = 30_000;
    static final int BASE_HEAP_MB = 512;
    static final int HEAP_PER_BYTE = 8;

    /** What the heap is sized by: the paper files' bytes, and the largest one's. */
    record Content(int papers, long bytes, long largest) {
    }

    private Launcher() {
    }

    /**
     * In the build's JVM: ends it the moment the launching JVM ends, however that ends (kill -9
     * included), so the build never goes on to swap in a site after its caller saw the exit; a build
     * ended mid-way leaves the old site or the new one, as any killed build does.
     */
    static void dieWithLauncher() {
        if (!Boolean.getBoolean(LAUNCHED)) return;
        ProcessHandle launcher = ProcessHandle.current().parent().orElse(null);
        if (launcher == null) return;
        // polled: ProcessHandle.onExit of a process that is not our child is not told of its end on
        // every platform; an orphan is also given another parent, which this sees at once
        Thread watch = new Thread(() -> {
            while (launcher.isAlive() && ProcessHandle.current().parent().map(launcher::equals).orElse(false)) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(ExitCodes.INTERNAL);
        }, "paper-digest launcher watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** The exit code of the build run in a second JVM, or empty when this JVM should run it. */
    static OptionalInt relaunch(String[] args) {
        if (Boolean.getBoolean(LAUNCHED) || args.length == 0 || !args[0].equals("build")) return OptionalInt.empty();
        List<String> inherited = ManagementFactory.getRuntimeMXBean().getInputArguments();
        String env = System.getenv(ENV);
        List<String> options = new ArrayList<>(options(env, inherited, content(root(args)),
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        if (options.isEmpty()) return OptionalInt.empty();
        if (env == null) options.addAll(classData(System.getProperty("java.class.path")));
        Optional<String> java = ProcessHandle.current().info().command();
        if (java.isEmpty()) return OptionalInt.empty();
        List<String> cmd = new ArrayList<>();
        cmd.add(java.get());
        cmd.addAll(inherited);
        cmd.addAll(options);
        cmd.add("-D" + LAUNCHED + "=true");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        Process child;
        try {
            child = new ProcessBuilder(cmd).inheritIO().start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        // Ctrl-C reaches both JVMs; a kill of this one alone must not leave the build running
        Thread stop = new Thread(child::destroy);
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return OptionalInt.of(child.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            return OptionalInt.of(ExitCodes.INTERNAL);
        }
    }

    /**
     * The options for the build's JVM: the user's ({@code env}) if set; else the quick compiler for
     * digests under {@value #QUICK_COMPILER_BELOW} papers, the throughput collector and a heap sized
     * to the digest (at most {@code defaultHeapMb}), each left out when the first JVM was given an
     * option of that kind itself. Empty: run here.
     */
    static List<String> options(String env, List<String> inherited, Content content, long defaultHeapMb) {
        int papers = content.papers();
        if (env != null) return env.isBlank() ? List.of() : List.of(env.trim().split("\\s+"));
        List<String> out = new ArrayList<>();
        if (papers < QUICK_COMPILER_BELOW && !given(inherited, "-XX:TieredStopAtLevel", "-XX:-TieredCompilation",
                "-XX:+TieredCompilation", "-Xint", "-Xcomp")) {
            out.add("-XX:TieredStopAtLevel=1");
        }
        if (!given(inherited, "-XX:+Use", "-XX:-Use")) out.add("-XX:+UseParallelGC");
        long heapMb = BASE_HEAP_MB + (content.bytes() + content.largest()) * HEAP_PER_BYTE / (1024 * 1024);
        if (heapMb < defaultHeapMb && !given(inherited, "-Xmx", "-XX:MaxHeapSize", "-XX:MaxRAM")) out.add("-Xmx" + heapMb + "m");
        return out;
    }

    private static boolean given(List<String> inherited, String... prefixes) {
        for (String a : inherited) for (String p : prefixes) if (a.startsWith(p)) return true;
        return false;
    }

    /**
     * The class data archive {@code mvn package} makes beside the jar ({@code paper-digest.jsa}):
     * the build's classes, parsed and verified, mapped in rather than read from the jar (a quarter
     * of a second of a 10,000-paper build). A JVM that cannot use it (another JDK, a rebuilt jar)
     * silently loads the classes as usual; nothing is ever written.
     */
    static List<String> classData(String classPath) {
        if (classPath == null || !classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) return List.of();
        Path archive = Path.of(classPath.substring(0, classPath.length() - ".jar".length()) + ".jsa");
        if (!Files.isRegularFile(archive)) return List.of();
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** The digest root a build command line names with {@code --source}, else the current folder. */
    static Path root(String[] args) {
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--source") && i + 1 < args.length) return Path.of(args[i + 1]);
            if (args[i].startsWith("--source=")) return Path.of(args[i].substring("--source=".length()));
        }
        return Path.of("");
    }

    /** How many files the digest's paper folder holds and their bytes (a listing and a stat each, nothing read). */
    static Content content(Path root) {
        Path dir = root.resolve("content").resolve("papers");
        if (!Files.isDirectory(dir)) return new Content(0, 0, 0);
        int n = 0;
        long bytes = 0;
        long largest = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                n++;
                try {
                    long size = Files.size(f);
                    bytes += size;
                    largest = Math.max(largest, size);
                } catch (IOException gone) {
                    // deleted while we looked, or a broken link: the build says so
                }
            }
        } catch (IOException e) {
            return new Content(n, bytes, largest);
        }
        return new Content(n, bytes, largest);
    }
}
