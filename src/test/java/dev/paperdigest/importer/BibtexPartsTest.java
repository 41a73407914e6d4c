package dev.paperdigest.importer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BibtexPartsTest {
    @Test
    void turnsTexAccentsIntoUnicode() {
        assertEquals("Müller Jörg Çağlar café naïve Søren Łukasz ß", TexText.bibtex(
                "M{\\\"u}ller J\\\"{o}rg {\\c{C}}a{\\u{g}}lar caf\\'e na\\\"{\\i}ve S{\\o}ren \\L{}ukasz \\ss"));
    }

    @Test
    void dropsProtectiveBracesAndFormattingCommands() {
        assertEquals("ImageNet with Deep nets: 5% & more", TexText.bibtex("{ImageNet} with \\emph{Deep} nets: 5\\% \\& more"));
    }

    @Test
    void turnsDashesAndQuotesIntoTypography() {
        assertEquals("pages 1–7 — “quoted”", TexText.bibtex("pages 1--7 --- ``quoted''"));
    }

    @Test
    void splitsNamesOnAndAtBraceLevelZero() {
        assertEquals(new BibtexFormat.Names(List.of("Kaiming He", "Barnes and Noble Inc.", "Jean de la Fontaine", "Guy Steele Jr"), false),
                BibtexFormat.names("He, Kaiming and {Barnes and Noble Inc.} and Jean de la Fontaine and Steele, Jr, Guy"));
        assertEquals(new BibtexFormat.Names(List.of("A. Author"), true), BibtexFormat.names("A. Author and others"));
        assertEquals(new BibtexFormat.Names(List.of("A. Author", "B. Writer"), true),
                BibtexFormat.names("A. Author and\tB. Writer and et al."));
        assertEquals(new BibtexFormat.Names(List.of("Martin Luther King, Jr.", "Li and Wu"), false),
                BibtexFormat.names("{Martin Luther King, Jr.} and Li {and} Wu"));
        assertEquals(new BibtexFormat.Names(List.of("Laurens van der Maaten", "Dan Mané"), false),
                BibtexFormat.names("Maaten, Laurens van der and Man{\\'e}, Dan"));
    }

    @Test
    void keepsMathVerbatimAndDecodesTextMacros() {
        assertEquals("An Image is Worth $16\\times 16$ Words", TexText.bibtex("An Image is Worth {$16\\times 16$} Words"));
        assertEquals("a\\b ~ ^ { } ` _ $5", TexText.bibtex("a\\textbackslash{}b \\textasciitilde{} \\textasciicircum{} "
                + "\\textbraceleft{} \\textbraceright{} \\textasciigrave{} \\_ \\$5"));
        assertEquals("Rényi and Erdős", TexText.plain("R\\'{e}nyi and Erd{\\H{o}}s"));
    }

    @Test
    void leavesPlainTextAsTheAuthorWroteIt() {
        String prose = "about ~3x faster on 10--20% of {x}, with $\\delta$-nets and a \\unknown macro; ``quoted''";
        assertEquals(prose, TexText.plain(prose));
        assertEquals("90% & 5$", TexText.plain("90\\% \\& 5\\$"));
        assertEquals("Müller Çağlar ß", TexText.plain("M{\\\"u}ller {\\c{C}}a\\u{g}lar {\\ss}"));
    }

    @Test
    void appliesAnAccentToAWholeCharacterNeverHalfOfOne() {
        String s = TexText.bibtex("\\'{\uD83D\uDE00}x");
        assertEquals("\uD83D\uDE00\u0301x", s);
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
