package dev.paperdigest.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Renders an abstract's Markdown to sanitised HTML and plain text. Thread-safe: the flexmark parser
 * and renderer are immutable once built, and a jsoup {@link Cleaner} is made per call.
 */
public final class Markdown {
    /** Inline formatting, lists, quotes, code and links with http(s)/mailto only; links get rel="nofollow". */
    private static final Safelist SAFE = Safelist.basic()
            .addTags("h3", "h4", "h5", "h6", "hr", "del", "s")
            .removeProtocols("a", "href", "ftp");
    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).build();
    }

    /** An abstract in both forms. {@code html} is safe to place in a page as is. */
    public record Rendered(String html, String text) {
    }

    private Markdown() {
    }

    public static Rendered render(String markdown) {
        Rendered plain = plainProse(markdown);
        return plain != null ? plain : parsed(markdown);
    }

    /** The general path: flexmark, then the sanitiser when the text could hold HTML or links. */
    static Rendered parsed(String markdown) {
        Document doc = PARSER.parse(markdown);
        String html = RENDERER.render(doc).strip();
        if (needsCleaning(markdown)) {
            // the text of what is left after cleaning, not of what the Markdown said
            html = clean(html);
            return new Rendered(html, Jsoup.parseBodyFragment(html).body().text());
        }
        return new Rendered(html, new TextCollectingVisitor().collectAndGetText(doc).replaceAll("\\s+", " ").strip());
    }

    /**
     * Most abstracts are paragraphs of prose with no Markdown syntax at all. For those the result is
     * computed directly, the same bytes flexmark gives (MarkdownTest compares both on the shipped
     * digest and on generated text); anything that might be syntax returns null and takes the parser.
     */
    static Rendered plainProse(String markdown) {
        String body = markdown.stripTrailing();
        int start = 0;
        while (start < body.length() && body.charAt(start) == '\n') start++;
        int n = body.length();
        if (start == n) return null;
        if (simpleLine(body, start)) return new Rendered("<p>" + body.substring(start) + "</p>", body.substring(start));
        // one pass to check that nothing can be Markdown syntax and to see what needs work
        boolean escape = false;
        boolean newline = false;
        boolean doubleSpace = false;
        boolean ltOrAmp = false;
        boolean lineStart = true;
        char prev = 0;
        for (int i = start; i < n; i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                if (prev == ' ') return null; // trailing spaces: a hard break
                newline = true;
                lineStart = true;
                prev = c;
                continue;
            }
            if (lineStart) {
                if (!startsProse(c)) return null;
                lineStart = false;
            }
            switch (c) {
                case '\\', '`', '*', '[', ']', '~', '\t', '\r', '\f', '\u000b' -> {
                    return null;
                }
                case '"', '>' -> escape = true;
                // literal only where nothing can follow to make a tag, an entity or emphasis
                case '<' -> {
                    if (!spaceOrDigitAfter(body, i)) return null;
                    escape = true;
                    ltOrAmp = true;
                }
                case '&' -> {
                    if (mayBeEntity(body, i)) return null;
                    escape = true;
                    ltOrAmp = true;
                }
                case '_' -> {
                    if (i + 1 >= n || !Character.isLetterOrDigit(prev) || !Character.isLetterOrDigit(body.charAt(i + 1))) return null;
                }
                default -> {
                    if (c < ' ') return null;
                    if (c == ' ' && prev == ' ') doubleSpace = true;
                }
            }
            prev = c;
        }
        return new Rendered(newline || escape ? html(body, start, ltOrAmp) : "<p>" + body.substring(start) + "</p>",
                newline || doubleSpace ? collapsed(body, start) : body.substring(start));
    }

    /**
     * Whether the {@code &} at {@code i} could start a character reference ({@code &amp;},
     * {@code &#38;}): a name or number closed by {@code ;}. "S&S" and "?a=1&b=2" cannot.
     */
    private static boolean mayBeEntity(String s, int i) {
        int j = i + 1;
        if (j < s.length() && s.charAt(j) == '#') return true;
        while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) j++;
        return j > i + 1 && j < s.length() && s.charAt(j) == ';';
    }

    private static boolean spaceOrDigitAfter(String s, int i) {
        if (i + 1 >= s.length()) return true;
        char next = s.charAt(i + 1);
        return next == ' ' || next == '\n' || (next >= '0' && next <= '9');
    }

    /** Checked prose as paragraphs: blank lines part them, a single newline is a space. */
    private static String html(String body, int start, boolean ltOrAmp) {
        // the sanitiser's serialiser (used when the text holds < or &) writes quotes as they are
        String quote = ltOrAmp ? "\"" : "&quot;";
        int n = body.length();
        StringBuilder html = new StringBuilder(n - start + 32).append("<p>");
        int run = start;
        for (int i = start; i < n; i++) {
            char c = body.charAt(i);
            String replacement;
            switch (c) {
                case '"' -> replacement = quote;
                case '<' -> replacement = "&lt;";
                case '&' -> replacement = "&amp;";
                case '>' -> replacement = "&gt;";
                case '\n' -> {
                    html.append(body, run, i);
                    int next = i + 1;
                    if (next < n && body.charAt(next) == '\n') {
                        while (next < n && body.charAt(next) == '\n') next++;
                        html.append("</p>\n<p>");
                    } else {
                        html.append(' ');
                    }
                    i = next - 1;
                    run = next;
                    continue;
                }
                default -> {
                    continue;
                }
            }
            html.append(body, run, i).append(replacement);
            run = i + 1;
        }
        return html.append(body, run, n).append("</p>").toString();
    }

    /** The text with every run of spaces and newlines one space. */
    private static String collapsed(String body, int start) {
        StringBuilder text = new StringBuilder(body.length() - start);
        boolean space = false;
        for (int i = start, n = body.length(); i < n; i++) {
            char c = body.charAt(i);
            if (c == ' ' || c == '\n') {
                space = true;
            } else {
                if (space && !text.isEmpty()) text.append(' ');
                space = false;
                text.append(c);
            }
        }
        return text.toString();
    }

    /**
     * One line of prose, single-spaced, with nothing to escape or check: its HTML is itself in a
     * paragraph and its text is itself (the common case, taken without building anything).
     */
    private static boolean simpleLine(String body, int start) {
        if (!startsProse(body.charAt(start))) return false;
        char prev = 0;
        for (int i = start, n = body.length(); i < n; i++) {
            char c = body.charAt(i);
            if (c < ' ' || (c == ' ' && prev == ' ')) return false;
            switch (c) {
                case '\\', '`', '*', '[', ']', '~', '"', '<', '>', '&', '_' -> {
                    return false;
                }
                default -> prev = c;
            }
        }
        return true;
    }

    /** Whether a line starting with this character is a paragraph line whatever follows. */
    private static boolean startsProse(char c) {
        return Character.isLetter(c) || c == '(' || c == '"' || c == '\'';
    }

    /**
     * Whether the Markdown can produce anything but the tags flexmark generates itself: raw HTML or
     * an autolink (both start with {@code <}) or a link (its address must be checked). Most
     * abstracts are plain prose and skip the sanitiser, which is the costly part of loading.
     */
    static boolean needsCleaning(String markdown) {
        return markdown.indexOf('<') >= 0 || markdown.contains("](") || markdown.contains("]:")
                || markdown.contains("][") || markdown.contains("&");
    }

    /** The rendered, sanitised abstract: safe to place in a page without further escaping. */
    public static String toSafeHtml(String markdown) {
        return render(markdown).html();
    }

    private static String clean(String html) {
        org.jsoup.nodes.Document clean = new Cleaner(SAFE).clean(Jsoup.parseBodyFragment(html));
        clean.outputSettings().prettyPrint(false);
        // a link whose address was removed (javascript:, relative) is just its text
        for (Element a : clean.select("a:not([href])")) a.unwrap();
        for (Element a : clean.select("a[href]")) a.attr("rel", "nofollow noopener");
        return clean.body().html().strip();
    }

    /** The plain text of sanitised HTML, with block boundaries as spaces. */
    public static String toText(String safeHtml) {
        return Jsoup.parseBodyFragment(safeHtml).body().text();
    }
}
