package dev.paperdigest.markdown;

import dev.paperdigest.Linear;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile abstracts: deep nesting and long runs are shown as plain text with the place named, never
 * a StackOverflowError; and every known shape takes time linear in its length ({@link Linear}).
 */
class MarkdownBoundsTest {
    /** Each shape at size n (characters, about). */
    static final Map<String, IntFunction<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("backticks", n -> "a " + "`".repeat(n));
        SHAPES.put("brackets", n -> "[".repeat(n / 3) + "x" + "](".repeat(n / 3));
        SHAPES.put("asterisks", n -> "*".repeat(n));
        SHAPES.put("underscores", n -> "_".repeat(n));
        SHAPES.put("alternating emphasis", n -> "*a_".repeat(n / 3));
        SHAPES.put("spaces", n -> "a" + " ".repeat(n) + "b");
        SHAPES.put("braces", n -> "{".repeat(n / 2) + "}".repeat(n / 2));
        SHAPES.put("quotes", n -> ">".repeat(n));
        SHAPES.put("hyphens", n -> "-".repeat(n));
        SHAPES.put("hyphens under text", n -> "Some text.\n" + "-".repeat(n));
        SHAPES.put("list markers on one line", n -> "- ".repeat(n / 2) + "x");
        SHAPES.put("nested lists", n -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; b.length() < n; i++) b.append("  ".repeat(i % 200)).append("- x\n");
            return b.toString();
        });
        SHAPES.put("long word", n -> "x".repeat(n));
        SHAPES.put("long line of prose", n -> "word and *word* ".repeat(n / 16));
        SHAPES.put("links", n -> "[a](http://x.org/) ".repeat(n / 19));
        SHAPES.put("html", n -> "<b>x</b> <i>".repeat(n / 12));
    }

    @Test
    void deepNestingAndLongRunsAreShownAsPlainTextAtTheirPlace() {
        Markdown.Rendered quotes = Markdown.render("Intro.\n\n" + ">".repeat(1000) + " deep");
        assertEquals("quotes or lists nested more than 16 deep", quotes.problem());
        assertEquals(8, quotes.problemAt());
        assertTrue(quotes.html().startsWith("<p>Intro.</p>\n<p>&gt;&gt;&gt;"), quotes.html());
        Markdown.Rendered stars = Markdown.render("a " + "*".repeat(2000));
        assertEquals("a run of more than 64 '*'", stars.problem());
        assertEquals(2, stars.problemAt());
        Markdown.Rendered list = Markdown.render("- ".repeat(1000) + "x");
        assertEquals("quotes or lists nested more than 16 deep", list.problem());
        assertEquals("<p>" + "- ".repeat(999) + "- x</p>", list.html());
    }

    @Test
    void ordinaryMarkdownIsNotBounded() {
        assertNull(Markdown.bound("> quoted\n> > twice\n\n- a\n  - b\n    - c\n\n**bold** and _it_ and `code` [link](https://x.org)"));
        assertNull(Markdown.bound("-".repeat(2000)), "a rule of any length is no nesting");
        assertNull(Markdown.render("> a *quote*").problem());
        assertEquals("<blockquote>\n<p>a <em>quote</em></p>\n</blockquote>", Markdown.render("> a *quote*").html());
    }

    @Test
    void noShapeOverflowsTheStack() {
        for (Map.Entry<String, IntFunction<String>> e : SHAPES.entrySet()) {
            for (int n : new int[]{2_000, 20_000}) {
                Markdown.Rendered r = Markdown.render(e.getValue().apply(n));
                assertTrue(r.html() != null && r.text() != null, e.getKey());
            }
        }
    }

    @Test
    void everyShapeTakesLinearTime() {
        for (Map.Entry<String, IntFunction<String>> e : SHAPES.entrySet()) {
            Linear.assertLinear(e.getKey(), e.getValue(), 20_000, Markdown::render);
        }
    }
}
