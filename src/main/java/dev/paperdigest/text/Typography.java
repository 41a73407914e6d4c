package dev.paperdigest.text;

/**
 * The TeX dashes arXiv abstracts are written with ({@code ---}, and {@code --} between digits or
 * words), shown as the dashes they stand for. Only what a reader sees changes: search, feeds and
 * BibTeX keep the text as written. Math spans ({@link MathSpans}) and, in HTML, tags, code and
 * {@code pre} blocks are left alone. One pass.
 */
public final class Typography {
    private Typography() {
    }

    /** {@code text} (plain text) with its TeX dashes as dashes. */
    public static String dashes(String text) {
        if (text.indexOf("--") < 0) return text;
        StringBuilder out = new StringBuilder(text.length());
        copy(text, 0, text.length(), out);
        return out.toString();
    }

    /** {@code html} (sanitised HTML, as Markdown gives it) with the TeX dashes of its text as dashes. */
    public static String dashesInHtml(String html) {
        if (html.indexOf("--") < 0) return html;
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        int n = html.length();
        int verbatim = 0;
        while (i < n) {
            int lt = html.indexOf('<', i);
            int textEnd = lt < 0 ? n : lt;
            if (verbatim == 0) copy(html, i, textEnd, out);
            else out.append(html, i, textEnd);
            if (lt < 0) break;
            int gt = html.indexOf('>', lt);
            if (gt < 0) gt = n - 1;
            String tag = html.substring(lt, gt + 1);
            if (tag.startsWith("<code") || tag.startsWith("<pre")) verbatim++;
            else if ((tag.startsWith("</code") || tag.startsWith("</pre")) && verbatim > 0) verbatim--;
            out.append(tag);
            i = gt + 1;
        }
        return out.toString();
    }

    private static void copy(String s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < to) {
                out.append(c).append(s.charAt(++i));
            } else if (c == '$') {
                int end = MathSpans.end(s, i);
                if (end > 0 && end <= to) {
                    out.append(s, i, end);
                    i = end - 1;
                } else {
                    out.append(c);
                }
            } else if (c == '-' && i + 1 < to && s.charAt(i + 1) == '-') {
                int run = i;
                while (run < to && s.charAt(run) == '-') run++;
                int len = run - i;
                boolean between = i > from && run < to && !Character.isWhitespace(s.charAt(i - 1))
                        && !Character.isWhitespace(s.charAt(run)) || i > from && run < to
                        && s.charAt(i - 1) == ' ' && s.charAt(run) == ' ';
                if (len == 3) out.append('\u2014');
                else if (len == 2 && between) out.append('\u2013');
                else out.append(s, i, run);
                i = run - 1;
            } else {
                out.append(c);
            }
        }
    }
}
