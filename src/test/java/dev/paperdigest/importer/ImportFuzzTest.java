package dev.paperdigest.importer;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.model.Paper;
import dev.paperdigest.model.PaperDate;
import dev.paperdigest.model.PaperExtras;
import dev.paperdigest.render.Bibtex;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every import format on any text: records or positioned problems, never an exception; and the
 * BibTeX the site publishes, read back by our BibTeX reader, gives the title, authors and arXiv id
 * it was written from. Seeds in {@code ImportFuzzTestInputs/}; {@code -Pfuzz} fuzzes.
 */
class ImportFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void everyFormatReadsAnyText(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        for (SourceFormat f : SourceFormat.values()) {
            Diagnostics diags = new Diagnostics();
            f.parse(text, "fuzz.txt", diags);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void publishedBibtexReadsBack(byte[] data) {
        // title, then authors, split on a byte the text can hold: the fuzzer makes the parts
        String all = new String(data, StandardCharsets.UTF_8);
        // a paper holds no control characters, C0 or C1, nor U+FFFE/U+FFFF (neither YAML reader lets them in): only
        // what the tool can hold must come back (a finding of 2026-12-02 had NULs in the title)
        if (all.chars().anyMatch(c -> (c < 0x20 && c != 1) || (c >= 0x7f && c <= 0x9f) || c >= 0xfffe)) return;
        String[] parts = all.split("\u0001", -1);
        String title = dev.paperdigest.text.Texts.collapseSpace(parts[0]);
        if (title.isEmpty() || title.length() > 300) return;
        List<String> authors = new ArrayList<>();
        for (int i = 1; i < parts.length && authors.size() < 8; i++) {
            String a = dev.paperdigest.text.Texts.collapseSpace(parts[i]);
            if (!a.isEmpty() && a.length() < 80) authors.add(a);
        }
        Paper p = new Paper("fuzzed", "fuzzed.md", title, authors, PaperDate.parse("2020-05-17").orElseThrow(), null, "2005.12345",
                "", "", "", List.of(), List.of(), false, "", "", new PaperExtras("", "", null, "", List.of(), "", null, false));
        String bib = Bibtex.entry(p, "https://example.org/papers/fuzzed/");
        Diagnostics diags = new Diagnostics();
        ParsedSource parsed = SourceFormat.BIBTEX.parse(bib, "papers.bib", diags);
        List<ImportRecord> records = parsed.records();
        assertEquals(1, records.size(), bib + "\n" + diags.report() + parsed.items());
        ImportRecord r = records.get(0);
        assertEquals(title, r.title(), bib);
        assertEquals(authors, r.authors(), bib);
        assertEquals("2005.12345", r.arxiv(), bib);
    }
}
