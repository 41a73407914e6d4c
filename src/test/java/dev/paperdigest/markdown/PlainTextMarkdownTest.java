package dev.paperdigest.markdown;

import dev.paperdigest.text.PlainTextMarkdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Plain text written as Markdown shows on the page as exactly that text, whatever it holds. */
class PlainTextMarkdownTest {
    /** What a page shows of rendered Markdown: the text of each paragraph. */
    private static List<String> shown(String markdown) {
        List<String> out = new ArrayList<>();
        for (Element e : Jsoup.parseBodyFragment(Markdown.render(markdown).html()).body().children()) {
            assertEquals("p", e.tagName(), markdown);
            out.add(e.wholeText());
        }
        return out;
    }

    @Test
    void keepsTokensThatLookLikeHtmlOrMarkdown() {
        String text = "the last <EOS> token, <think>. . . </think>, <answer> and \"a photo of <class>\"; "
                + "a_1 * b_2, [x](y), `code`, &amp; and & and \\n";
        assertEquals(List.of(text), shown(PlainTextMarkdown.of(text)));
    }

    @Test
    void joinsLineWrapsSoAWrappedLineNeverStartsAList() {
        String arxiv = "Results hold for\n+ every coupling and for\n1. the ordered phase\n- and more\n# not a heading\n> nor a quote";
        assertEquals(List.of("Results hold for + every coupling and for 1. the ordered phase - and more # not a heading > nor a quote"),
                shown(PlainTextMarkdown.of(arxiv)));
        assertEquals(List.of("1. starts like a list", "- so does this", "---", "=== too", "2019) and this"),
                shown(PlainTextMarkdown.of("1. starts like a list\n\n- so does this\n\n---\n\n=== too\n\n2019) and this")));
    }

    @Test
    void showsRandomTextExactly() {
        String alphabet = "ab <>&;#*_-+=`~[]()!\\|\"'$^{}.:1\n\t\u00A0é";
        Random random = new Random(42);
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(40);
            for (int i = 0; i < len; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = sb.toString();
            List<String> expected = new ArrayList<>();
            for (String para : dev.paperdigest.text.Texts.paragraphs(text).split("\n\n")) {
                if (!para.isEmpty()) expected.add(para);
            }
            List<String> actual;
            try {
                actual = shown(PlainTextMarkdown.of(text));
            } catch (AssertionError e) {
                throw new AssertionError("text: " + text.replace("\n", "\\n") + " md: " + PlainTextMarkdown.of(text), e);
            }
            assertEquals(expected, actual, "text: " + text.replace("\n", "\\n"));
        }
    }
}
