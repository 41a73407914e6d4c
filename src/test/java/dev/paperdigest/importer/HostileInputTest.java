package dev.paperdigest.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Malformed and hostile sources: a clear position, nothing written, no hang, no stack overflow. */
@Timeout(60)
class HostileInputTest {
    @TempDir
    Path dir;

    private Importer importText(String text, String name) throws Exception {
        Importer i = new Importer(dir.resolve("content/papers"), "content/papers",
                new Importer.Options(LocalDate.of(2026, 11, 26), false, false, null));
        i.importBytes(text.getBytes(StandardCharsets.UTF_8), name);
        return i;
    }

    private void assertNothingWritten(Importer i) {
        assertTrue(i.report().diagnostics().hasErrors());
        assertEquals(0, i.report().added());
        assertFalse(Files.exists(dir.resolve("content/papers")));
    }

    @Test
    void reportsMalformedXmlWithItsPosition() throws Exception {
        Importer i = importText("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry><title>A</title></entry>\n<entry>\n",
                "feed.xml");
        assertNothingWritten(i);
        assertTrue(i.report().diagnostics().report().startsWith("feed.xml:4:1: error: malformed XML: "),
                i.report().diagnostics().report());
    }

    @Test
    void refusesEntityDeclarations() throws Exception {
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [\n<!ENTITY a \"aaaaaaaaaa\">\n"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
                + "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&c;&xxe;</title></entry></feed>\n";
        Importer i = importText(laughs, "evil.xml");
        assertNothingWritten(i);
        assertFalse(i.report().diagnostics().report().contains("root:"), "no file content leaks into messages");
    }

    @Test
    void reportsMalformedJsonWithItsPosition() throws Exception {
        Importer i = importText("[\n  {\"paper\": {\"id\": \"2406.06525\", \"title\": \"A\"}},\n  {\"paper\": \n]\n", "daily.json");
        assertNothingWritten(i);
        assertTrue(i.report().diagnostics().report().startsWith("daily.json:4:1: error: malformed JSON: "),
                i.report().diagnostics().report());
    }

    @Test
    void refusesDeeplyNestedJson() throws Exception {
        Importer i = importText("[".repeat(200_000), "deep.json");
        assertNothingWritten(i);
        assertTrue(i.report().diagnostics().report().contains("malformed JSON: Document nesting depth"),
                i.report().diagnostics().report());
    }

    @Test
    void writesNothingFromABibtexFileWithOneBrokenEntry() throws Exception {
        Importer i = importText("@article{ok, title = {Fine}}\n\n@article{broken,\n  title = {Never closed\n}\n", "refs.bib");
        assertNothingWritten(i);
        assertEquals("refs.bib:3:1: error: malformed BibTeX: the entry is never closed: expected '}' after its last field",
                firstLine(i));
    }

    @Test
    void survivesDeeplyNestedBraces() throws Exception {
        Importer i = importText("@article{x, title = " + "{".repeat(1_000_000) + "}", "deep.bib");
        assertNothingWritten(i);
        assertTrue(firstLine(i).startsWith("deep.bib:1:21: error: malformed BibTeX: '{' is never closed"), firstLine(i));
    }

    @Test
    void rejectsAnUnknownMacro() throws Exception {
        Importer i = importText("@misc{x, title = {T}, journal = nosuchmacro}\n", "m.bib");
        assertNothingWritten(i);
        assertEquals("m.bib:1:33: error: malformed BibTeX: unknown @string macro 'nosuchmacro'", firstLine(i));
    }

    @Test
    void readsAFiftyMegabyteFileInBoundedTime() throws Exception {
        Path big = dir.resolve("big.bib");
        byte[] line = "this line is a comment outside any entry, as BibTeX allows\n".getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) out.write(line);
            out.write("@misc{last, title = {The only paper}}\n".getBytes(StandardCharsets.US_ASCII));
        }
        Importer i = new Importer(dir.resolve("content/papers"), "content/papers",
                new Importer.Options(LocalDate.of(2026, 11, 26), false, false, SourceFormat.BIBTEX));
        i.importFile(big, "big.bib");
        assertEquals(1, i.report().added(), i.report().diagnostics().report());
    }

    @Test
    void refusesFilesOverTheSizeLimit() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (var ch = java.nio.channels.FileChannel.open(huge, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.position(Importer.MAX_SOURCE_BYTES + 1);
            ch.write(java.nio.ByteBuffer.wrap(new byte[]{'x'}));
        }
        Importer i = new Importer(dir.resolve("content/papers"), "content/papers",
                new Importer.Options(LocalDate.of(2026, 11, 26), false, false, null));
        i.importFile(huge, "huge.txt");
        assertEquals("huge.txt: error: file is larger than 64 MB", firstLine(i));
    }

    @Test
    void rejectsInvalidUtf8() throws Exception {
        Importer i = new Importer(dir.resolve("content/papers"), "content/papers",
                new Importer.Options(LocalDate.of(2026, 11, 26), false, false, null));
        i.importBytes(new byte[]{'A', '\n', (byte) 0xC3, (byte) 0x28, '\n'}, "bad.txt");
        assertEquals("bad.txt: error: not valid UTF-8 text", firstLine(i));
    }

    private static String firstLine(Importer i) {
        return i.report().diagnostics().report().lines().findFirst().orElse("");
    }
}
