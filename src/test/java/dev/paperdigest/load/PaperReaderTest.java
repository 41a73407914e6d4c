package dev.paperdigest.load;

import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.model.Paper;
import dev.paperdigest.model.Topic;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaperReaderTest {
    private static final List<Topic> TOPICS = List.of(
            new Topic("robustness", "Robustness", "", List.of()),
            new Topic("nas", "NAS", "", List.of()));
    private final PaperReader reader = new PaperReader(TOPICS);

    private Optional<Paper> read(String text, Diagnostics d) {
        return reader.read("x", "content/papers/x.md", text, d);
    }

    @Test
    void readsEveryKey() {
        Diagnostics d = new Diagnostics();
        Paper p = read("""
                ---
                title: "Deep  Residual Learning"
                authors: [Kaiming He, Jian Sun]
                date: 2015-12-10
                added: 2026-11-26
                arxiv: 1512.03385v2
                url: https://example.org/p
                pdf: https://example.org/p.pdf
                code: https://github.com/x/y
                topics: [nas, robustness]
                tags: [classic]
                draft: false
                ---

                The *abstract*.
                """, d).orElseThrow();
        assertEquals("", d.report());
        assertEquals("Deep Residual Learning", p.title());
        assertEquals(List.of("Kaiming He", "Jian Sun"), p.authors());
        assertEquals("2015-12-10", p.date().toString());
        assertEquals(LocalDate.of(2026, 11, 26), p.added());
        assertEquals("1512.03385", p.arxiv());
        assertEquals("https://arxiv.org/abs/1512.03385", p.arxivAbsUrl());
        assertEquals(List.of("nas", "robustness"), p.topics());
        assertEquals("<p>The <em>abstract</em>.</p>", p.abstractHtml());
        assertEquals("The abstract.", p.abstractText());
        assertFalse(p.draft());
    }

    @Test
    void reportsEveryProblemOfAFileWithFileLines() {
        Diagnostics d = new Diagnostics();
        Optional<Paper> p = read("""
                ---
                title: [not, text]
                authors: Ada Lovelace
                date: 26/11/2026
                arxiv: "arXiv:12345"
                url: javascript:alert(1)
                topics: [robustness, gan]
                draft: maybe
                colour: blue
                ---
                Abstract.
                """, d);
        assertTrue(p.isEmpty());
        assertEquals("""
                content/papers/x.md:2:8: error: 'title' must be text, found a list
                  hint: write it as title: "..."
                content/papers/x.md:3:10: error: 'authors' must be a list, found 'Ada Lovelace'
                  hint: write it as authors: ["first", "second"] or one '- item' per line
                content/papers/x.md:4:7: error: 'date' must be a date written YYYY-MM-DD (or YYYY-MM, or YYYY), found '26/11/2026'
                  hint: for example date: 2026-11-26
                content/papers/x.md:5:8: error: 'arxiv' must be an arXiv id such as 1512.03385 or hep-th/9901001, found 'arXiv:12345'
                  hint: write the id without 'arXiv:' and quote it: arxiv: "1512.03385"
                content/papers/x.md:6:6: error: 'url' must be an http:// or https:// address, found 'javascript:alert(1)'
                  hint: for example url: https://example.org/paper
                content/papers/x.md:7:22: error: unknown topic id 'gan'
                  hint: valid ids (content/topics.yaml): robustness, nas
                content/papers/x.md:8:8: error: 'draft' must be true or false, found 'maybe'
                  hint: write draft: true or draft: false
                content/papers/x.md:9:1: warning: unknown key 'colour' in front matter (ignored)
                  hint: known keys: added, arxiv, authors, authors_truncated, categories, code, comment, date, doi, draft, listed, pdf, project, tags, title, topics, upvotes, url, venue
                """, d.report());
    }

    @Test
    void requiresATitle() {
        Diagnostics d = new Diagnostics();
        assertTrue(read("---\nauthors: [A]\n---\nText\n", d).isEmpty());
        assertEquals("content/papers/x.md:2:1: error: missing 'title': every paper needs one\n"
                + "  hint: add title: \"Paper title\"\n", d.report());
    }

    @Test
    void explainsMissingFrontMatter() {
        Diagnostics d = new Diagnostics();
        assertTrue(read("Just an abstract.\n", d).isEmpty());
        assertTrue(d.report().startsWith("content/papers/x.md:1:1: error: missing front matter: the file must start"
                + " with a line '---'\n"), d.report());
    }

    @Test
    void explainsUnclosedFrontMatter() {
        Diagnostics d = new Diagnostics();
        assertTrue(read("---\ntitle: x\n", d).isEmpty());
        assertTrue(d.report().startsWith("content/papers/x.md:1:1: error: front matter is not closed"), d.report());
    }

    @Test
    void reportsYamlSyntaxAtTheFileLine() {
        Diagnostics d = new Diagnostics();
        assertTrue(read("---\ntitle: ok\nauthors: [a\n---\nx\n", d).isEmpty());
        assertTrue(d.report().startsWith("content/papers/x.md:3:"), d.report());
    }

    @Test
    void keepsAtMostThreeTopicsAndWarns() {
        Diagnostics d = new Diagnostics();
        List<Topic> four = List.of(new Topic("a", "A", "", List.of()), new Topic("b", "B", "", List.of()),
                new Topic("c", "C", "", List.of()), new Topic("d", "D", "", List.of()));
        Paper p = new PaperReader(four).read("x", "x.md", "---\ntitle: T\ntopics: [a, b, c, d, a]\n---\nx\n", d)
                .orElseThrow();
        assertEquals(List.of("a", "b", "c"), p.topics());
        assertEquals(2, d.warningCount(), d.report());
        assertFalse(d.hasErrors());
    }

    @Test
    void warnsAboutAMissingAbstract() {
        Diagnostics d = new Diagnostics();
        assertTrue(read("---\ntitle: T\n---\n\n", d).isPresent());
        assertEquals("content/papers/x.md:4:1: warning: no abstract after the front matter\n"
                + "  hint: paste the abstract below the closing '---'\n", d.report());
    }

    @Test
    void splitsFrontMatterWithBodyLine() {
        FrontMatter fm = FrontMatter.split("---\na: 1\nb: 2\n---\nbody\n").orElseThrow();
        assertEquals("a: 1\nb: 2\n", fm.yaml());
        assertEquals(5, fm.bodyLine());
        assertEquals("body\n", fm.body());
    }
}
