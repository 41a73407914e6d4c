package dev.paperdigest.markdown;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkdownTest {
    @Test
    void rendersCommonMark() {
        assertEquals("<p>A <em>b</em> <strong>c</strong> <code>d</code></p>", Markdown.toSafeHtml("A *b* **c** `d`"));
    }

    @Test
    void dropsScriptsAndEventHandlers() {
        assertEquals("<p>x  <span>y</span></p>",
                Markdown.toSafeHtml("x <script>alert(1)</script> <span onclick=\"evil()\">y</span>"));
    }

    @Test
    void dropsJavascriptLinksButKeepsTheirText() {
        assertEquals("<p>click</p>", Markdown.toSafeHtml("[click](javascript:evil)"));
        assertEquals("<p>raw</p>", Markdown.toSafeHtml("<a href=\"JavaScript:evil()\">raw</a>"));
    }

    @Test
    void keepsWebLinksWithNofollow() {
        assertEquals("<p><a href=\"https://example.org/\" rel=\"nofollow noopener\">ok</a></p>",
                Markdown.toSafeHtml("[ok](https://example.org/)"));
    }

    @Test
    void keepsTexEscapesReadable() {
        assertEquals("<p>9.23% drop &amp; more, &lt;1% storage</p>", Markdown.toSafeHtml("9.23\\% drop \\& more, <1% storage"));
    }

    @Test
    void givesPlainText() {
        assertEquals("a b", Markdown.toText("<p>a</p><p>b</p>"));
    }
}
