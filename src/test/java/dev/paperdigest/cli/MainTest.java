package dev.paperdigest.cli;

import dev.paperdigest.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void listsItsVerbs() {
        assertEquals(ExitCodes.OK, run("--help"));
        assertTrue(out.toString().contains("build"), out.toString());
        assertTrue(out.toString().contains("import"), out.toString());
    }

    @Test
    void printsItsVersion() {
        assertEquals(ExitCodes.OK, run("--version"));
        assertTrue(out.toString().startsWith("paper-digest "), out.toString());
    }

    @Test
    void exitsTwoOnAWrongCommandLine() {
        assertEquals(ExitCodes.USAGE, run("build", "--no-such-option"));
        assertTrue(err.toString().contains("Unknown option: '--no-such-option'"), err.toString());
        assertEquals(ExitCodes.USAGE, run("frobnicate"));
    }

    @Test
    void buildsAndSummarises() throws Exception {
        Path root = TestFiles.copy(TestFiles.resources().resolve("sites/small"), tmp.resolve("d"));
        assertEquals(ExitCodes.OK, run("build", "--source", root.toString()), err.toString());
        assertTrue(out.toString().startsWith("built 5 papers, 12 pages, 14 files into "), out.toString());
        assertTrue(Files.exists(root.resolve("site/index.html")));
    }

    @Test
    void exitsOneWithEveryProblemOnBadContent() throws Exception {
        Path root = TestFiles.copy(TestFiles.resources().resolve("invalid/unknown-topic"), tmp.resolve("d"));
        assertEquals(ExitCodes.CONTENT, run("build", "--source", root.toString(), "--out", tmp.resolve("o").toString()));
        assertTrue(err.toString().startsWith("content/papers/paper.md:5:5: error: unknown topic id 'generation'\n"), err.toString());
        assertTrue(err.toString().contains("build failed: 1 errors, 0 warnings;"), err.toString());
        assertFalse(Files.exists(tmp.resolve("o")));
    }

    @Test
    void importsTheSeedFormat() throws Exception {
        Path seed = Files.writeString(tmp.resolve("seed.txt"), "A Paper\nIts abstract.\n");
        assertEquals(ExitCodes.OK, run("import", "--source", tmp.toString(), "--added", "2026-11-26", seed.toString()));
        assertTrue(out.toString().contains("added content/papers/a-paper.md"), out.toString());
        assertTrue(Files.readString(tmp.resolve("content/papers/a-paper.md")).contains("added: 2026-11-26\n"));
        assertEquals(ExitCodes.CONTENT, run("import", "--source", tmp.toString(), tmp.resolve("missing.txt").toString()));
    }

    @CommandLine.Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @CommandLine.Option(names = "--verbose")
        boolean verbose;

        @Override
        public Integer call() {
            throw new IllegalStateException("disk on fire\nsecond line");
        }
    }

    @Test
    void reportsInternalErrorsInOneLineWithExitThree() {
        CommandLine cl = new CommandLine(new Boom()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .setExecutionExceptionHandler(new InternalErrorHandler());
        assertEquals(ExitCodes.INTERNAL, cl.execute());
        assertEquals("paper-digest: internal error: disk on fire\n  (run again with --verbose for the details)\n",
                err.toString());
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.INTERNAL, cl.execute("--verbose"));
        assertTrue(err.toString().contains("at dev.paperdigest.cli.MainTest$Boom.call"), err.toString());
    }
}
