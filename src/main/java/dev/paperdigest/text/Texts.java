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

    /** Cuts {@code s} at a word boundary to at most {@code max} characters, adding an ellipsis if cut. */
    public static String shorten(String s, int max) {
        if (s.length() <= max) return s;
        int cut = s.lastIndexOf(' ', max - 1);
        if (cut < max / 2) cut = max - 1;
        return s.substring(0, cut).stripTrailing() + "\u2026";
    }
}
