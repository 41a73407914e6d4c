package dev.paperdigest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * TeX math in what a reader sees: each span ({@link MathSpans}) becomes
 * {@code <span class="math">$...$</span>} (or {@code class="math display"} for {@code $$...$$}),
 * its source escaped, so a page without JavaScript shows the TeX as written and js/math.js typesets
 * it with KaTeX. Text that is not math is escaped as usual. Abstracts are protected before Markdown
 * sees them ({@link #protect}) so that {@code _} and {@code *} inside math are not taken for emphasis.
 */
public final class MathMarkup {
    /** Marks a protected span: OPEN, its number, CLOSE. Private-use characters no text of ours holds. */
    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';

    private MathMarkup() {
    }

    /** Whether {@code s} has math. */
    public static boolean any(String s) {
        return s.indexOf('$') >= 0 && MathSpans.any(s);
    }

    /** {@code text} as HTML: escaped, its math spans marked up. */
    public static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        int last = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$') {
                int end = MathSpans.end(text, i);
                if (end > 0) {
                    escape(text, last, i, out);
                    span(text.substring(i, end), out);
                    last = end;
                    i = end - 1;
                }
            }
        }
        escape(text, last, text.length(), out);
        return out.toString();
    }

    /** A text whose math spans are replaced by markers, and the spans, to put back after Markdown. */
    public record Protected(String text, List<String> spans) {
    }

    /** {@code markdown} with its math spans replaced by markers; null when it has none (or holds a marker character). */
    public static Protected protect(String markdown) {
        if (markdown.indexOf('$') < 0 || markdown.indexOf(OPEN) >= 0 || markdown.indexOf(CLOSE) >= 0) return null;
        StringBuilder out = null;
        List<String> spans = new ArrayList<>();
        int last = 0;
        for (int i = 0, n = markdown.length(); i < n; i++) {
            char c = markdown.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$') {
                int end = MathSpans.end(markdown, i);
                if (end > 0) {
                    if (out == null) out = new StringBuilder(markdown.length());
                    out.append(markdown, last, i).append(OPEN).append(spans.size()).append(CLOSE);
                    spans.add(markdown.substring(i, end));
                    last = end;
                    i = end - 1;
                }
            }
        }
        if (out == null) return null;
        out.append(markdown, last, markdown.length());
        return new Protected(out.toString(), List.copyOf(spans));
    }

    /** {@code text} with each marker replaced by its span's source. */
    public static String restoreText(String text, List<String> spans) {
        if (text.indexOf(OPEN) < 0) return text;
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (int i = 0, n = text.length(); i < n; i++) {
            int end = markerEnd(text, i);
            if (end > 0) {
                out.append(spans.get(number(text, i, end)));
                i = end - 1;
            } else {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    /**
     * {@code html} (as Markdown gave it) with each marker replaced by its span: marked up in text,
     * escaped source only inside a tag's attributes or in code.
     */
    public static String restoreHtml(String html, List<String> spans) {
        if (html.indexOf(OPEN) < 0) return html;
        StringBuilder out = new StringBuilder(html.length() + 64);
        boolean inTag = false;
        int code = 0;
        for (int i = 0, n = html.length(); i < n; i++) {
            char c = html.charAt(i);
            int end = markerEnd(html, i);
            if (end > 0) {
                String tex = spans.get(number(html, i, end));
                if (inTag || code > 0) escape(tex, 0, tex.length(), out);
                else span(tex, out);
                i = end - 1;
                continue;
            }
            if (c == '<') {
                inTag = true;
                if (html.startsWith("<code", i) || html.startsWith("<pre", i)) code++;
                else if ((html.startsWith("</code", i) || html.startsWith("</pre", i)) && code > 0) code--;
            } else if (c == '>') {
                inTag = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static int markerEnd(String s, int i) {
        if (s.charAt(i) != OPEN) return -1;
        int j = i + 1;
        while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
        return j > i + 1 && j < s.length() && s.charAt(j) == CLOSE ? j + 1 : -1;
    }

    private static int number(String s, int start, int end) {
        return Integer.parseInt(s, start + 1, end - 1, 10);
    }

    private static void span(String tex, StringBuilder out) {
        out.append(tex.startsWith("$$") ? "<span class=\"math display\">" : "<span class=\"math\">");
        escape(tex, 0, tex.length(), out);
        out.append("</span>");
    }

    private static void escape(String s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
