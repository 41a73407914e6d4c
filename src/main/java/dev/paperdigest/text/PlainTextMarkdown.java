package dev.paperdigest.text;

/**
 * Plain text written as Markdown that shows exactly that text: what import does with the abstracts
 * of arXiv, Hugging Face, Semantic Scholar, BibTeX and the trending dump, which are text, not
 * Markdown. Line wraps are joined (runs of white space become one space) and blank lines part
 * paragraphs; every character Markdown could read as syntax gets a backslash, so "the last &lt;EOS&gt;
 * token", "a_1 * b" or a wrapped line starting with "+ " or "1. " stay the text they were. TeX math
 * ({@link MathSpans}) is written verbatim, as the reader keeps it.
 */
public final class PlainTextMarkdown {
    /** Escaped wherever they stand: inline syntax, HTML and character references. */
    private static final String INLINE = "\\`*_[]<&";
    /** Escaped at the start of a paragraph, where they would open a block (heading, quote, list, fence). */
    private static final String BLOCK_START = "#>-+=~|";

    private PlainTextMarkdown() {
    }

    /** The Markdown for {@code text}: paragraphs (as {@link Texts#paragraphs} finds them) separated by one blank line. */
    public static String of(String text) {
        String paragraphs = Texts.paragraphs(text);
        StringBuilder out = new StringBuilder(paragraphs.length() + 16);
        int start = 0;
        while (start < paragraphs.length()) {
            int end = paragraphs.indexOf("\n\n", start);
            if (end < 0) end = paragraphs.length();
            if (!out.isEmpty()) out.append("\n\n");
            paragraph(paragraphs.substring(start, end), out);
            start = end + 2;
        }
        return out.toString();
    }

    private static void paragraph(String p, StringBuilder out) {
        int orderedMarker = orderedListMarker(p);
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '$') {
                // TeX math is read verbatim (MathSpans): a span is written as it is; a dollar that
                // opens none is escaped, so the escapes written after it cannot make one
                int end = MathSpans.end(p, i);
                if (end > 0) {
                    out.append(p, i, end);
                    i = end - 1;
                } else {
                    out.append("\\$");
                }
                continue;
            }
            if (INLINE.indexOf(c) >= 0 || (i == 0 && BLOCK_START.indexOf(c) >= 0) || i == orderedMarker) out.append('\\');
            out.append(c);
        }
    }

    /** The index of the "." or ")" of a paragraph that starts like an ordered list item ("1. ", "12)"), or -1. */
    private static int orderedListMarker(String p) {
        int i = 0;
        while (i < p.length() && i < 10 && Character.isDigit(p.charAt(i)) && p.charAt(i) < 128) i++;
        if (i == 0 || i >= p.length() || i == 10) return -1;
        char c = p.charAt(i);
        if (c != '.' && c != ')') return -1;
        return i + 1 == p.length() || p.charAt(i + 1) == ' ' ? i : -1;
    }
}
