package dev.paperdigest.importer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BibtexPartsTest {
    @Test
    void turnsTexAccentsIntoUnicode() {
        assertEquals("Müller Jörg Çağlar café naïve Søren Łukasz ß", TexText.toUnicode(
                "M{\\\"u}ller J\\\"{o}rg {\\c{C}}a{\\u{g}}lar caf\\'e na\\\"{\\i}ve S{\\o}ren \\L{}ukasz \\ss"));
    }

    @Test
    void dropsProtectiveBracesAndFormattingCommands() {
        assertEquals("ImageNet with Deep nets: 5% & more", TexText.toUnicode("{ImageNet} with \\emph{Deep} nets: 5\\% \\& more"));
    }

    @Test
    void turnsDashesAndQuotesIntoTypography() {
        assertEquals("pages 1–7 — “quoted”", TexText.toUnicode("pages 1--7 --- ``quoted''"));
    }

    @Test
    void splitsNamesOnAndAtBraceLevelZero() {
        assertEquals(List.of("Kaiming He", "Barnes and Noble Inc.", "Jean de la Fontaine", "Guy Steele Jr"),
                BibtexFormat.names("He, Kaiming and {Barnes and Noble Inc.} and Jean de la Fontaine and Steele, Jr, Guy"));
        assertEquals(List.of("A. Author"), BibtexFormat.names("A. Author and others"));
    }

    @Test
    void detectsTheFormatFromTheContent() {
        assertEquals(SourceFormat.ARXIV, SourceFormat.detect("  <?xml version=\"1.0\"?><feed/>"));
        assertEquals(SourceFormat.HUGGINGFACE, SourceFormat.detect("[{\"paper\": {\"id\": \"1\"}}]"));
        assertEquals(SourceFormat.SEMANTIC_SCHOLAR, SourceFormat.detect("{\"data\": [{\"paperId\": \"x\"}]}"));
        assertEquals(SourceFormat.BIBTEX, SourceFormat.detect("% refs\n@article{x, title={T}}"));
        assertEquals(SourceFormat.TRENDING, SourceFormat.detect("Get trending papers\nTitle\nAbstract"));
    }
}
