package dev.paperdigest.text;

import dev.paperdigest.markdown.Markdown;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a reader sees of TeX dashes and math, and where previews are cut. */
class TypographyTest {
    @Test
    void texDashesBecomeDashesOutsideMathAndCode() {
        assertEquals("152 layers\u20148x deeper", Typography.dashes("152 layers---8x deeper"));
        assertEquals("on 10\u201320% of inputs", Typography.dashes("on 10--20% of inputs"));
        assertEquals("a \u2013 b", Typography.dashes("a -- b"));
        assertEquals("--flag and x--", Typography.dashes("--flag and x--"));
        assertEquals("$a--b$ \u2014", Typography.dashes("$a--b$ ---"));
        assertEquals("<p>x\u2014y <code>--x---</code> z\u2013w</p>", Typography.dashesInHtml("<p>x---y <code>--x---</code> z--w</p>"));
        assertEquals("<a href=\"/a--b/\">a\u2013b</a>", Typography.dashesInHtml("<a href=\"/a--b/\">a--b</a>"));
        assertEquals("no dashes", Typography.dashes("no dashes"));
    }

    @Test
    void mathIsMarkedUpAndEverythingElseEscaped() {
        assertEquals("Models with <span class=\"math\">$\\delta$</span>-Interactions &amp; <span class=\"math\">$a&lt;b$</span>",
                MathMarkup.html("Models with $\\delta$-Interactions & $a<b$"));
        assertEquals("<span class=\"math display\">$$x^2$$</span>", MathMarkup.html("$$x^2$$"));
        assertEquals("costs $5 and $6 &lt;b&gt;", MathMarkup.html("costs $5 and $6 <b>"));
        assertEquals("\\$x$ stays", MathMarkup.html("\\$x$ stays"));
    }

    @Test
    void markdownLeavesMathAlone() {
        Markdown.Rendered r = Markdown.render("With $x_i$ and $y_i$, *really* $a*b*c$.");
        assertEquals("<p>With <span class=\"math\">$x_i$</span> and <span class=\"math\">$y_i$</span>, <em>really</em> "
                + "<span class=\"math\">$a*b*c$</span>.</p>", r.html());
        assertEquals("With $x_i$ and $y_i$, really $a*b*c$.", r.text());
        Markdown.Rendered code = Markdown.render("See `$x_1$` and [a $b$ link](https://example.org/).");
        assertEquals("<p>See <code>$x_1$</code> and <a href=\"https://example.org/\" rel=\"nofollow noopener\">a <span class=\"math\">$b$</span> link</a>.</p>",
                code.html());
        assertNull(MathMarkup.protect("no math: $5 and $6"));
        assertEquals(List.of("$x$"), MathMarkup.protect("a $x$ b").spans());
    }

    @Test
    void plainTextWithMathRoundTripsThroughMarkdown() {
        for (String text : List.of("a $x_1 * y_2$ b", "cost $5, not $x\\$", "$a\\$ b$ and \\$", "$$\\sum_i x_i$$ <b>", "$ x$ and $y $")) {
            assertEquals(text, Markdown.render(PlainTextMarkdown.of(text)).text(), text);
        }
    }

    @Test
    void previewsEndAtASentenceOrAWordNeverAfterPunctuation() {
        String s = "We study residual networks on ImageNet. They train well at depth. Deeper still, they generalise, and more.";
        assertEquals("We study residual networks on ImageNet. They train well at depth.", Texts.shorten(s, 80));
        assertEquals("We study residual networks on ImageNet\u2026", Texts.shorten("We study residual networks on ImageNet, with more words after", 41));
        assertEquals("Results of He et al. hold for deep nets\u2026", Texts.shorten("Results of He et al. hold for deep nets trained long", 44));
        assertEquals("e.g. this is one long clause that goes on\u2026", Texts.shorten("e.g. this is one long clause that goes on and on", 45));
    }
}
