package dev.paperdigest.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.paperdigest.text.MathMarkup;
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

    /**
     * An abstract in both forms. {@code html} is safe to place in a page as is. {@code problem}, when
     * not null, says why the text was shown as plain text rather than as Markdown, and
     * {@code problemAt} where in the text (a char offset).
     */
    public record Rendered(String html, String text, String problem, int problemAt) {
        public Rendered(String html, String text) {
            this(html, text, null, -1);
        }
    }

    /** Deeper nesting of quotes and lists than this is shown as plain text (a parser would recurse that deep). */
    static final int MAX_DEPTH = 16;
    /** Longer runs of one emphasis or bracket character than this are shown as plain text. */
    static final int MAX_RUN = 64;
    /** More brackets than this in one text are shown as plain text (link parsing looks back over them). */
    static final int MAX_BRACKETS = 512;
    /** More HTML tags than this in one text are shown as plain text (the sanitiser's tree building is quadratic in unclosed ones). */
    static final int MAX_TAGS = 256;

    private Markdown() {
    }

    public static Rendered render(String markdown) {
        // TeX math is kept from the Markdown parser ("$x_i$ and $y_i$" is not emphasis) and marked up after
        MathMarkup.Protected math = MathMarkup.protect(markdown);
        if (math == null) return renderMarkdown(markdown);
        Rendered r = renderMarkdown(math.text());
        return new Rendered(MathMarkup.restoreHtml(r.html(), math.spans()), MathMarkup.restoreText(r.text(), math.spans()),
                r.problem(), r.problemAt());
    }

    private static Rendered renderMarkdown(String markdown) {
        Rendered plain = plainProse(markdown);
        if (plain != null) return plain;
        Bound bound = bound(markdown);
        if (bound != null) return asPlainText(markdown, bound.problem(), bound.at());
        try {
            return parsed(markdown);
        } catch (StackOverflowError e) {
            // a shape the bounds above do not know: the text is still shown, as written
            return asPlainText(markdown, "the Markdown nests too deeply to format", 0);
        }
    }

    /** A place where the text goes past what is formatted as Markdown, and why. */
    record Bound(String problem, int at) {
    }

    /**
     * The first place where {@code s} nests quotes or lists deeper than {@value #MAX_DEPTH}, runs one of
     * {@code * _ ` ~ [ ] ( ) < >} longer than {@value #MAX_RUN}, or holds more than {@value #MAX_BRACKETS}
     * brackets or {@value #MAX_TAGS} HTML tags; null when there is none. One pass, no allocation: it runs on every abstract that has syntax.
     */
    static Bound bound(String s) {
        int n = s.length();
        int brackets = 0;
        int tags = 0;
        int run = 0;
        char runChar = 0;
        int i = 0;
        while (i < n) {
            // the start of a line: count the quote and list markers that open it
            int depth = 0;
            int j = i;
            while (j < n) {
                while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) j++;
                if (j >= n) break;
                char c = s.charAt(j);
                if (c == '>') {
                    j++;
                } else if ((c == '-' || c == '*' || c == '+') && j + 1 < n && (s.charAt(j + 1) == ' ' || s.charAt(j + 1) == '\t')) {
                    j += 2;
                } else {
                    int k = j;
                    while (k < n && k - j < 9 && s.charAt(k) >= '0' && s.charAt(k) <= '9') k++;
                    if (k > j && k + 1 < n && (s.charAt(k) == '.' || s.charAt(k) == ')') && s.charAt(k + 1) == ' ') j = k + 2;
                    else break;
                }
                if (++depth > MAX_DEPTH) return new Bound("quotes or lists nested more than " + MAX_DEPTH + " deep", i);
            }
            // the indentation of the line, which nests lists too
            int indent = 0;
            for (int k = i; k < n && (s.charAt(k) == ' ' || s.charAt(k) == '\t'); k++) indent += s.charAt(k) == '\t' ? 4 : 1;
            if (indent > 4 * MAX_DEPTH) return new Bound("a line indented more than " + 4 * MAX_DEPTH + " columns", i);
            // the rest of the line
            for (; i < n && s.charAt(i) != '\n'; i++) {
                char c = s.charAt(i);
                if (c == '[' || c == ']') brackets++;
                if (brackets > MAX_BRACKETS) return new Bound("more than " + MAX_BRACKETS + " brackets", i);
                if (c == '<' && i + 1 < n && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '/') && ++tags > MAX_TAGS) {
                    return new Bound("more than " + MAX_TAGS + " HTML tags", i);
                }
                if (c == runChar) {
                    if (++run > MAX_RUN) return new Bound("a run of more than " + MAX_RUN + " '" + c + "'", i - MAX_RUN);
                } else {
                    runChar = "*_`~[]()<>".indexOf(c) >= 0 ? c : 0;
                    run = 1;
                }
            }
            i++;
            runChar = 0;
        }
        return null;
    }

    /** {@code s} as plain text: escaped, in paragraphs (blank lines part them), runs of whitespace as one space. One pass. */
    static Rendered asPlainText(String s, String problem, int at) {
        StringBuilder html = new StringBuilder(s.length() + 16);
        StringBuilder text = new StringBuilder(s.length());
        boolean open = false;
        boolean space = false;
        int newlines = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                if (c == '\n') newlines++;
                continue;
            }
            if (open && space && newlines >= 2) {
                html.append("</p>\n<p>");
            } else if (open && space) {
                html.append(' ');
            } else if (!open) {
                html.append("<p>");
                open = true;
            }
            if (space && !text.isEmpty()) text.append(' ');
            space = false;
            newlines = 0;
            text.append(c);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                default -> html.append(c);
            }
        }
        if (open) html.append("</p>");
        return new Rendered(html.toString(), text.toString(), problem, at);
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
        // the text of the HTML, whitespace as the author wrote it but for runs of ASCII white space
        // (a no-break space stays, as on the fast path; jsoup's text() would drop it): flexmark's
        // TextCollectingVisitor took time quadratic in the number of inline nodes (4.6 s for 26,000 emphases)
        return new Rendered(html, Jsoup.parseBodyFragment(html).body().wholeText().replaceAll("\\s+", " ").strip());
    }

    /**
     * Most abstracts are paragraphs of prose with no Markdown syntax at all. For those the result is
     * computed directly, the same bytes flexmark gives (MarkdownTest compares both on the shipped
     * digest and on generated text); anything that might be syntax returns null and takes the parser.
     */
    static Rendered plainProse(String markdown) {
        // only spaces and line breaks: a trailing form feed or other control character is kept by
        // flexmark (as &#xc;), so it must reach the scan below and send the text to the parser
        int end = markdown.length();
        while (end > 0 && (markdown.charAt(end - 1) == ' ' || markdown.charAt(end - 1) == '\n')) end--;
        String body = markdown.substring(0, end);
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
                    // control characters and the noncharacters U+FFFE/U+FFFF: the parser's business
                    if (c < ' ' || c >= '\uFFFE') return null;
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
            if (c < ' ' || c >= '\uFFFE' || (c == ' ' && prev == ' ')) return false;
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
