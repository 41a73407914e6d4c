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
        assertTrue(out.toString().startsWith("built 5 papers, 19 pages (19 rendered), 81 files (81 written) into "), out.toString());
        assertTrue(Files.exists(root.resolve("site/index.html")));
        out.getBuffer().setLength(0);
        assertEquals(ExitCodes.OK, run("build", "--source", root.toString()), err.toString());
        assertTrue(out.toString().contains("is up to date (81 files; nothing changed since the last build)"), out.toString());
        assertTrue(Files.isDirectory(root.resolve(".paper-digest-cache")));
    }

    @Test
    void checkLeavesTheSiteBuiltAsTheUserLastBuiltIt() throws Exception {
        Path root = TestFiles.copy(TestFiles.resources().resolve("sites/small"), tmp.resolve("d"));
        assertEquals(ExitCodes.OK, run("build", "--source", root.toString(), "--base-url", "https://example.org/digest/", "--drafts"),
                err.toString());
        String before = Files.readString(root.resolve("site/index.html"));
        assertTrue(before.contains("/digest/"), before);
        assertTrue(Files.exists(root.resolve("site/papers/hidden-draft/index.html")));
        run("check", "--source", root.toString());
        assertEquals(before, Files.readString(root.resolve("site/index.html")), "check rebuilt with other settings");
        assertTrue(Files.exists(root.resolve("site/papers/hidden-draft/index.html")), "check dropped the drafts");
        // and a build --no-cache --base-url over it is not taken for the cached site
        out.getBuffer().setLength(0);
        assertEquals(ExitCodes.OK, run("build", "--source", root.toString(), "--no-cache", "--base-url", "https://example.org/other/"));
        out.getBuffer().setLength(0);
        assertEquals(ExitCodes.OK, run("build", "--source", root.toString(), "--base-url", "https://example.org/digest/", "--drafts"));
        assertFalse(out.toString().contains("up to date"), out.toString());
        assertEquals(before, Files.readString(root.resolve("site/index.html")));
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
    void importsAndReportsCounts() throws Exception {
        Path seed = Files.writeString(tmp.resolve("seed.txt"), "A Paper\nIts abstract.\n");
        assertEquals(ExitCodes.OK, run("import", "--source", tmp.toString(), "--added", "2026-11-26", seed.toString()));
        assertEquals("added " + seed + ":1 -> content/papers/a-paper.md\nimport: 1 added, 0 already present, 0 updated, 0 rejected\n",
                out.toString());
        assertTrue(Files.readString(tmp.resolve("content/papers/a-paper.md")).contains("added: 2026-11-26\n"));
        assertEquals(ExitCodes.CONTENT, run("import", "--source", tmp.toString(), tmp.resolve("missing.txt").toString()));
        assertTrue(err.toString().contains("missing.txt: error: file not found"), err.toString());
    }

    @Test
    void forcesAFormatAndRejectsAnUnknownOne() throws Exception {
        Path bib = Files.writeString(tmp.resolve("refs.txt"), "@misc{x, title = {From BibTeX}}\n");
        assertEquals(ExitCodes.OK, run("import", "--source", tmp.toString(), "--format", "bibtex", bib.toString()));
        assertTrue(Files.exists(tmp.resolve("content/papers/from-bibtex.md")));
        assertEquals(ExitCodes.USAGE, run("import", "--format", "word", bib.toString()));
        assertTrue(err.toString().contains("Unknown --format 'word'; one of: trending, arxiv, huggingface, s2, bibtex"),
                err.toString());
    }

    @Test
    void dryRunWritesNothing() throws Exception {
        Path seed = Files.writeString(tmp.resolve("seed.txt"), "A Paper\nIts abstract.\n");
        assertEquals(ExitCodes.OK, run("import", "--source", tmp.toString(), "--dry-run", "--added", "2026-11-26",
                seed.toString()));
        assertTrue(out.toString().startsWith("would add " + seed + ":1 -> content/papers/a-paper.md\n    ---\n"), out.toString());
        assertTrue(out.toString().endsWith("(dry run: nothing written)\n"), out.toString());
        assertFalse(Files.exists(tmp.resolve("content")));
    }

    @Test
    void readsStandardInput() throws Exception {
        var saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("[{\"paper\": {\"id\": \"2406.06525\", \"title\": \"From stdin\"}}]"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertEquals(ExitCodes.OK, run("import", "--source", tmp.toString(), "-"), err.toString());
        } finally {
            System.setIn(saved);
        }
        assertTrue(Files.readString(tmp.resolve("content/papers/from-stdin.md")).contains("arxiv: \"2406.06525\""));
    }

    @Test
    void writesANewPaperAndPrintsItsPath() throws Exception {
        Path root = TestFiles.copy(TestFiles.resources().resolve("sites/small"), tmp.resolve("d"));
        assertEquals(ExitCodes.OK, run("new", "--source", root.toString(), "--title", "Attention Is All You Need",
                "--arxiv", "1706.03762", "--topics", "architectures,generation"), err.toString());
        assertEquals("content/papers/attention-is-all-you-need.md\n", out.toString());
        assertTrue(Files.readString(root.resolve("content/papers/attention-is-all-you-need.md"))
                .contains("topics: [architectures, generation]\n"));
        assertEquals(ExitCodes.CONTENT, run("new", "--source", root.toString(), "--title", "X", "--topics", "nope"));
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
