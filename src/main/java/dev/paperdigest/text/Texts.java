package dev.paperdigest.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Whitespace and title normalisation shared by import and load. */
public final class Texts {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Texts() {
    }

    /** Text without a leading byte order mark, as editors on some systems save it. */
    public static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** A content file's text as the readers expect it: no byte order mark, {@code \n} line endings. */
    public static String contentText(String raw) {
        return stripBom(raw).replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Runs of white space (line breaks and no-break spaces too) become one space; ends are trimmed. */
    public static String collapseSpace(String s) {
        if (s == null) return "";
        return alreadyCollapsed(s) ? s : SPACE.matcher(s).replaceAll(" ").trim();
    }

    /**
     * Text as paragraphs: blank lines part them, and within each, line wraps and runs of white space
     * become one space. Paragraphs are joined by one blank line ({@code "\n\n"}).
     */
    public static String paragraphs(String s) {
        if (s == null) return "";
        String t = s.replace("\r\n", "\n").replace('\r', '\n');
        if (t.indexOf('\n') < 0) return collapseSpace(t);
        StringBuilder out = new StringBuilder(t.length());
        for (String para : BLANK_LINE.split(t)) {
            String p = collapseSpace(para);
            if (p.isEmpty()) continue;
            if (!out.isEmpty()) out.append("\n\n");
            out.append(p);
        }
        return out.toString();
    }

    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t\u00A0]*\n");

    /** No control character, no space at either end or next to another, no no-break space. */
    private static boolean alreadyCollapsed(String s) {
        int n = s.length();
        char prev = ' ';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\u00A0' || (c <= ' ' && (c != ' ' || prev == ' '))) return false;
            prev = c;
        }
        return prev != ' ' || n == 0;
    }

    /**
     * The key two titles share when they name the same paper: case, accents, punctuation and spacing
     * ignored ({@code "Deep  Residual Learning."} and {@code "deep residual learning"} match).
     */
    public static String titleKey(String title) {
        String known = TITLE_KEYS.get(title);
        if (known != null) return known;
        String key = foldTitle(title);
        if (TITLE_KEYS.size() < MAX_TITLE_KEYS) TITLE_KEYS.put(title, key);
        return key;
    }

    /** Title keys are sort tie-breakers, asked for many times per title: each is worked out once. */
    private static final java.util.concurrent.ConcurrentMap<String, String> TITLE_KEYS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_TITLE_KEYS = 1_000_000;

    private static String foldTitle(String title) {
        String ascii = foldAscii(title);
        return ascii != null ? ascii : foldAny(title);
    }

    /** {@link #foldAny} for a title of ASCII characters only (nothing to decompose); null for others. */
    static String foldAscii(String title) {
        StringBuilder sb = new StringBuilder(title.length());
        boolean gap = false;
        for (int i = 0, n = title.length(); i < n; i++) {
            char c = title.charAt(i);
            if (c >= 0x80) return null;
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && !sb.isEmpty()) sb.append(' ');
                gap = false;
                sb.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                if (gap && !sb.isEmpty()) sb.append(' ');
                gap = false;
                sb.append((char) (c + ('a' - 'A')));
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }

    static String foldAny(String title) {
        String folded = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD)).replaceAll("");
        return NON_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /**
     * Cuts {@code s} to at most {@code max} characters for a preview: at the last sentence end when
     * one falls in the last 40% (no ellipsis: the sentence is whole), else at the last word boundary,
     * without the punctuation that ended that word, and an ellipsis. A word is never cut unless it
     * alone is longer than half of {@code max}.
     */
    /** {@code s} safe in HTML text and in a double-quoted attribute. */
    public static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Abbreviations whose dot does not end a sentence. */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("al", "vs", "cf", "approx", "resp", "fig",
            "eq", "sec", "no", "ca", "st");

    /**
     * Whether the '.', '!' or '?' at {@code i} ends a sentence: a space and a capital or digit follow,
     * and the word it closes is not an abbreviation ("et al.", "e.g.", "Fig.").
     */
    static boolean sentenceEnd(String s, int i) {
        char c = s.charAt(i);
        if (c != '.' && c != '!' && c != '?') return false;
        if (i + 2 >= s.length() || s.charAt(i + 1) != ' ') return false;
        char next = s.charAt(i + 2);
        if (!Character.isUpperCase(next) && !Character.isDigit(next)) return false;
        if (c != '.') return true;
        int start = i;
        while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) start--;
        String word = s.substring(start, i);
        if (word.isEmpty() || word.indexOf('.') >= 0) return false;
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return false; // an initial
        return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    public static String shorten(String s, int max) {
        if (s.length() <= max) return s;
        for (int i = max - 1; i >= max * 3 / 5; i--) {
            if (sentenceEnd(s, i)) return s.substring(0, i + 1);
        }
        int cut = s.lastIndexOf(' ', max - 1);
        if (cut < max / 2) cut = max - 1;
        String head = s.substring(0, cut).stripTrailing();
        int end = head.length();
        while (end > 0 && ",;:.-\u2013\u2014(".indexOf(head.charAt(end - 1)) >= 0) end--;
        return head.substring(0, end > 0 ? end : head.length()) + "\u2026";
    }
}
