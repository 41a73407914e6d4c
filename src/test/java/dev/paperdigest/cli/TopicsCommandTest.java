package dev.paperdigest.cli;

import dev.paperdigest.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicsCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Path digest() {
        return TestFiles.copy(TestFiles.resources().resolve("sites/small"), tmp.resolve("d"));
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void evaluatesWithAFixedReport() {
        assertEquals(ExitCodes.OK, run("topics", "evaluate", "--source", digest().toString(), "--folds", "2"), err.toString());
        assertTrue(out.toString().startsWith("2-fold cross-validation over 4 curated papers\n"), out.toString());
        assertTrue(out.toString().contains("\ntopic                precision    recall        f1  papers\n"), out.toString());
    }

    @Test
    void explainsEveryTopicsScore() {
        assertEquals(ExitCodes.OK, run("topics", "explain", "--source", digest().toString(), "content/papers/gan-survey.md"));
        String o = out.toString();
        assertTrue(o.startsWith("content/papers/gan-survey.md: A Survey of Generative Adversarial Networks\ncurated topics: none\n"), o);
        assertEquals(3, o.lines().filter(l -> l.matches(" *\\d\\.\\d{3}  .*")).count(), o);
        assertEquals(ExitCodes.CONTENT, run("topics", "explain", "--source", digest().toString(), "nope"));
        assertTrue(err.toString().contains("nope: error: no paper 'nope' in content/papers/"), err.toString());
    }

    @Test
    void reviewsLeastConfidentFirst() {
        assertEquals(ExitCodes.OK, run("topics", "review", "--source", digest().toString()));
        String[] lines = out.toString().split("\n");
        assertTrue(lines[0].contains("no-evidence") && lines[0].endsWith("(low confidence)"), out.toString());
        assertTrue(lines[1].contains("gan-survey"), out.toString());
        assertEquals("2 papers with suggested topics; accept one with: topics accept <slug>", lines[2]);
    }

    @Test
    void acceptsOnlyByChangingTheTopicsLine() throws Exception {
        Path d = digest();
        Path file = d.resolve("content/papers/gan-survey.md");
        String before = Files.readString(file);
        assertEquals(ExitCodes.OK, run("topics", "accept", "--source", d.toString(), "gan-survey"), err.toString());
        String after = Files.readString(file);
        assertTrue(out.toString().startsWith("content/papers/gan-survey.md: topics: [generation"), out.toString());
        assertEquals(before, after.replaceFirst("topics: \\[[^\\]]*]\n", ""), "only the topics line was added");
    }
}
