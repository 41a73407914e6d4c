package dev.paperdigest.text;

/**
 * Where TeX math ({@code $...$} and {@code $$...$$}) stands in a text, by one rule shared by every
 * reader and writer of titles and abstracts, so that what one keeps verbatim the other does too.
 * The rule is Pandoc's: an inline span's content is not empty, does not start or end with white
 * space, and its closing dollar is not followed by a digit ("$5 and $6" is not math); neither kind
 * crosses a blank line or holds an unescaped dollar; braces inside balance. Each call scans at most
 * to the next dollar, so finding every span of a text is linear in its length.
 */
public final class MathSpans {
    private MathSpans() {
    }

    /**
     * If a math span opens at {@code i} (where {@code s} has a {@code $} that is not escaped), the
     * index just past its closing dollar(s); otherwise -1.
     */
    public static int end(CharSequence s, int i) {
        int n = s.length();
        if (i >= n || s.charAt(i) != '$') return -1;
        boolean display = i + 1 < n && s.charAt(i + 1) == '$';
        int from = i + (display ? 2 : 1);
        int depth = 0;
        int j = from;
        for (; j < n; j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (--depth < 0) return -1;
            } else if (c == '\n' && blankLineAt(s, j)) {
                return -1;
            } else if (c == '$') {
                break;
            }
        }
        if (j >= n || j == from || depth != 0) return -1;
        if (display) {
            return j + 1 < n && s.charAt(j + 1) == '$' ? j + 2 : -1;
        }
        if (Character.isWhitespace(s.charAt(from)) || Character.isWhitespace(s.charAt(j - 1))) return -1;
        if (j + 1 < n && Character.isDigit(s.charAt(j + 1))) return -1;
        return j + 1;
    }

    /** Whether the text holds at least one math span. */
    public static boolean any(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$') {
                int e = end(s, i);
                if (e > 0) return true;
            }
        }
        return false;
    }

    private static boolean blankLineAt(CharSequence s, int newline) {
        for (int k = newline + 1; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\n') return true;
            if (c != ' ' && c != '\t' && c != '\r') return false;
        }
        return false;
    }
}
