package dev.paperdigest.cli;

import dev.paperdigest.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Abstracts made to break a Markdown parser: the build succeeds, names each place, prints no trace. */
class HostileContentTest {
    @TempDir
    Path tmp;

    @Test
    void deepOrLongMarkdownBuildsWithAPositionedWarningAndNoTrace() throws Exception {
        Path root = TestFiles.copy(TestFiles.resources().resolve("sites/small"), tmp.resolve("digest"));
        Path papers = root.resolve("content/papers");
        String head = "---\ntitle: \"T\"\nadded: 2026-11-01\n---\n\nFirst line.\n";
        Files.writeString(papers.resolve("stars.md"), head.replace("\"T\"", "\"Stars\"") + "*".repeat(2000) + "\n");
        Files.writeString(papers.resolve("quotes.md"), head.replace("\"T\"", "\"Quotes\"") + "\n" + ">".repeat(1000) + "\n");
        StringBuilder lists = new StringBuilder(head.replace("\"T\"", "\"Lists\""));
        for (int i = 0; i < 1000; i++) lists.append("  ".repeat(i)).append("- x\n");
        Files.writeString(papers.resolve("lists.md"), lists);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "build", "--source", root.toString(), "--no-cache");
        String all = out + "\n" + err;
        assertEquals(0, code, all);
        assertTrue(all.contains("content/papers/stars.md:7:1: warning: abstract shown as plain text: a run of more than 64 '*'"), all);
        assertTrue(all.contains("content/papers/quotes.md:8:1: warning: abstract shown as plain text: quotes or lists nested more than 16 deep"), all);
        assertTrue(all.contains("content/papers/lists.md:40:1: warning: abstract shown as plain text: a line indented more than 64 columns"), all);
        assertFalse(all.contains("\tat ") || all.contains("Exception"), all);
        String page = Files.readString(root.resolve("site/papers/stars/index.html"));
        assertTrue(page.contains("<p>First line. " + "*".repeat(2000) + "</p>"), "shown as written");
    }
}
