package dev.paperdigest.markdown;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void plainProseIsWhatFlexmarkGivesOnTheShippedAbstracts() throws IOException {
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("content/papers"))) {
            for (Path f : files.sorted().toList()) {
                String s = Files.readString(f);
                bodies.add(s.substring(s.indexOf("\n---", 3) + 4));
            }
        }
        int fast = 0;
        for (String body : bodies) {
            Markdown.Rendered plain = Markdown.plainProse(body);
            if (plain == null) continue;
            fast++;
            assertEquals(Markdown.parsed(body), plain, body);
        }
        assertTrue(fast > bodies.size() / 2, "most shipped abstracts take the fast path: " + fast + " of " + bodies.size());
    }

    @Test
    void plainProseIsWhatFlexmarkGivesOnGeneratedText() {
        String alphabet = "abcXYZ 019.,;:!?'\"()-+=#%$@/|^{}\n\n\n  éß\\*_[]<>&`~\t&& << >> __ _ ; &amp; &x &lt; &#";
        Random random = new Random(42);
        int fast = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(40);
            for (int j = 0; j < len; j++) {
                sb.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) ('a' + random.nextInt(26)));
            }
            String md = sb.toString();
            Markdown.Rendered plain = Markdown.plainProse(md);
            if (plain == null) continue;
            fast++;
            assertEquals(Markdown.parsed(md), plain, md);
        }
        assertTrue(fast > 1000, "enough generated texts take the fast path: " + fast);
    }

    @Test
    void leavesAnythingThatMightBeSyntaxToTheParser() {
        for (String md : List.of("- item", "1. item", "# head", "> quote", "a  \nb", "    code", "a\n===", "a *b*",
                "a <b>", "a &amp; b", "a &b;", "a &#38; b", "_a_", "a _b_", "a\n- b", "a\n\n  b", "`x`", "a\\b", "[a](b)")) {
            assertNull(Markdown.plainProse(md), md);
        }
        assertNotNull(Markdown.plainProse("Plain \"quoted\" prose (with 50% of it).\nAnd a second line."));
        assertEquals("<p>a &quot;b&quot;</p>\n<p>c</p>", Markdown.render("a \"b\"\n\n\nc").html());
        assertEquals("<p>a &amp; b &lt;1 c&gt;d x_y \"q\"</p>", Markdown.plainProse("a & b <1 c>d x_y \"q\"").html());
    }
}
