package dev.paperdigest.importer;

import dev.paperdigest.text.MathSpans;

import java.text.Normalizer;
import java.util.Map;

/**
 * The one TeX decoder of every import format. Accents ({@code \'{e}}, {@code {\"o}}, {@code \c{c}}),
 * special letters ({@code \ss}, {@code \o}) and the text macros ({@code \textasciitilde{}},
 * {@code \textbackslash{}}, {@code \&}, ...) become Unicode; math ({@code $...$}, by the rule of
 * {@link MathSpans}) is kept verbatim, dollars included, so a later stage can typeset it.
 *
 * <p>Two dialects. {@link #bibtex} reads a BibTeX value as TeX: braces group and vanish, {@code ~} is
 * a space, {@code --} and {@code ---} are dashes, {@code ``} and {@code ''} quotes, and an unknown
 * command vanishes leaving its argument. {@link #plain} reads the text of arXiv, Hugging Face,
 * Semantic Scholar and the trending dump, which is prose with the odd TeX accent: only backslash
 * commands it knows are decoded (with the braces right around them, as in {@code {\"o}}), and
 * everything else, {@code ~3x} and {@code 10--20} included, stays as the author wrote it.
 * Linear in the input, no recursion.
 */
final class TexText {
    private static final Map<Character, Character> ACCENTS = Map.ofEntries(
            Map.entry('\'', '\u0301'), Map.entry('`', '\u0300'), Map.entry('^', '\u0302'), Map.entry('"', '\u0308'),
            Map.entry('~', '\u0303'), Map.entry('=', '\u0304'), Map.entry('.', '\u0307'), Map.entry('u', '\u0306'),
            Map.entry('v', '\u030C'), Map.entry('H', '\u030B'), Map.entry('c', '\u0327'), Map.entry('k', '\u0328'),
            Map.entry('r', '\u030A'), Map.entry('d', '\u0323'), Map.entry('b', '\u0331'));
    /** Control words that stand for text. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("ss", "ß"), Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"),
            Map.entry("oe", "œ"), Map.entry("OE", "Œ"), Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("l", "ł"),
            Map.entry("L", "Ł"), Map.entry("i", "ı"), Map.entry("j", "ȷ"), Map.entry("textendash", "–"),
            Map.entry("textemdash", "—"), Map.entry("LaTeX", "LaTeX"), Map.entry("TeX", "TeX"), Map.entry("dots", "…"),
            Map.entry("ldots", "…"), Map.entry("textellipsis", "…"), Map.entry("etal", "et al."),
            Map.entry("textbackslash", "\\"), Map.entry("textasciitilde", "~"), Map.entry("textasciicircum", "^"),
            Map.entry("textasciigrave", "`"), Map.entry("textbraceleft", "{"), Map.entry("textbraceright", "}"),
            Map.entry("textunderscore", "_"), Map.entry("textbar", "|"), Map.entry("textless", "<"),
            Map.entry("textgreater", ">"), Map.entry("textquotesingle", "'"), Map.entry("textquotedbl", "\""),
            Map.entry("textquoteleft", "‘"), Map.entry("textquoteright", "’"), Map.entry("textquotedblleft", "“"),
            Map.entry("textquotedblright", "”"), Map.entry("textdollar", "$"), Map.entry("S", "§"), Map.entry("P", "¶"),
            Map.entry("copyright", "©"), Map.entry("textregistered", "®"), Map.entry("texttrademark", "™"),
            Map.entry("textdegree", "°"), Map.entry("pounds", "£"), Map.entry("euro", "€"));
    /** Characters a backslash makes literal. */
    private static final String ESCAPED = "{}$&%#_\\ ,;!";

    private final String tex;
    private final boolean bibtex;
    private final StringBuilder out;
    private boolean accented;

    private TexText(String tex, boolean bibtex) {
        this.tex = tex;
        this.bibtex = bibtex;
        this.out = new StringBuilder(tex.length());
    }

    /** A BibTeX value as plain text (math kept verbatim). */
    static String bibtex(String tex) {
        return new TexText(tex, true).decode();
    }

    /** Prose with the odd TeX command as plain text (math kept verbatim). */
    static String plain(String text) {
        if (text.indexOf('\\') < 0) return text;
        return new TexText(text, false).decode();
    }

    private String decode() {
        int n = tex.length();
        int i = 0;
        while (i < n) {
            char c = tex.charAt(i);
            if (c == '$') {
                int end = MathSpans.end(tex, i);
                if (end > 0) {
                    out.append(tex, i, end);
                    i = end;
                } else {
                    out.append('$');
                    i++;
                }
            } else if (c == '\\') {
                i = command(i);
            } else if (!bibtex) {
                if (c == '{' && i + 1 < n && tex.charAt(i + 1) == '\\') {
                    i = bracedCommand(i);
                } else {
                    out.append(c);
                    i++;
                }
            } else {
                i = bibtexChar(i);
            }
        }
        String s = out.toString();
        return accented ? Normalizer.normalize(s, Normalizer.Form.NFC) : s;
    }

    /** {@code {\"o}} in prose: the command decoded and its braces gone, when it is all the group holds. */
    private int bracedCommand(int open) {
        int mark = out.length();
        int end = command(open + 1);
        if (end < tex.length() && tex.charAt(end) == '}' && out.length() > mark && !startsWithBackslash(mark)) {
            return end + 1;
        }
        out.setLength(mark);
        out.append('{');
        return open + 1;
    }

    private boolean startsWithBackslash(int mark) {
        return out.charAt(mark) == '\\';
    }

    private int bibtexChar(int i) {
        char c = tex.charAt(i);
        switch (c) {
            case '{', '}' -> {
                return i + 1;
            }
            case '~' -> out.append(' ');
            case '-' -> {
                if (tex.startsWith("---", i)) {
                    out.append('—');
                    return i + 3;
                }
                if (tex.startsWith("--", i)) {
                    out.append('–');
                    return i + 2;
                }
                out.append('-');
            }
            case '`' -> {
                if (tex.startsWith("``", i)) {
                    out.append('“');
                    return i + 2;
                }
                out.append('‘');
            }
            case '\'' -> {
                if (tex.startsWith("''", i)) {
                    out.append('”');
                    return i + 2;
                }
                out.append('\'');
            }
            default -> out.append(c);
        }
        return i + 1;
    }

    /** Decodes the command at {@code i} (a backslash); returns the index after it. */
    private int command(int i) {
        int n = tex.length();
        if (i + 1 >= n) {
            out.append('\\');
            return n;
        }
        char next = tex.charAt(i + 1);
        if (isAsciiLetter(next)) {
            int j = i + 1;
            while (j < n && isAsciiLetter(tex.charAt(j))) j++;
            String name = tex.substring(i + 1, j);
            if (name.length() == 1 && ACCENTS.containsKey(name.charAt(0))) return accent(j, ACCENTS.get(name.charAt(0)), i);
            String word = WORDS.get(name);
            if (word != null) {
                out.append(word);
                return afterControlWord(j, word);
            }
            if (bibtex) return j; // \emph{x}, \textbf{x}: the command goes, its argument stays as text
            out.append(tex, i, j);
            return j;
        }
        if (ACCENTS.containsKey(next) && (bibtex || accentable(i + 2))) return accent(i + 2, ACCENTS.get(next), i);
        if (ESCAPED.indexOf(next) >= 0) {
            if (next == '\\') out.append(bibtex ? " " : "\\\\");
            else if (next == ',' || next == ';' || next == '!' || next == ' ') out.append(bibtex ? " " : "\\" + next);
            else out.append(next);
            return i + 2;
        }
        if (!bibtex) out.append('\\');
        out.append(next);
        return i + 2;
    }

    /**
     * A control word ends at an empty group ({@code \textbackslash{}}) or, for a letter, at the space
     * TeX takes as its end ({@code Stra\ss e} is "Straße"); after a word ({@code \etal on}) the space
     * stays, as the author meant it.
     */
    private int afterControlWord(int j, String word) {
        if (tex.startsWith("{}", j)) return j + 2;
        if (word.length() == 1 && Character.isLetter(word.charAt(0)) && j < tex.length() && tex.charAt(j) == ' ') return j + 1;
        return j;
    }

    /** Whether an accent command's argument at {@code at} is a letter or a braced letter (prose only decodes those). */
    private boolean accentable(int at) {
        int n = tex.length();
        if (at < n && tex.charAt(at) == '{') at++;
        if (at < n && tex.charAt(at) == '\\' && at + 1 < n && (tex.charAt(at + 1) == 'i' || tex.charAt(at + 1) == 'j')) return true;
        return at < n && Character.isLetter(tex.codePointAt(at));
    }

    /** Applies a combining accent to the next letter ({@code u}, {@code {u}} or {@code \i}); returns the new index. */
    private int accent(int at, char mark, int commandStart) {
        int n = tex.length();
        int i = at;
        while (i < n && tex.charAt(i) == ' ') i++;
        boolean braced = i < n && tex.charAt(i) == '{';
        if (braced) i++;
        String base = "";
        if (i < n && tex.charAt(i) == '\\' && i + 1 < n && (tex.charAt(i + 1) == 'i' || tex.charAt(i + 1) == 'j')) {
            base = String.valueOf(tex.charAt(i + 1));
            i += 2;
            if (i < n && tex.charAt(i) == ' ' && !braced) i++;
        } else if (i < n && tex.charAt(i) != '}' && tex.charAt(i) != '\\') {
            int cp = tex.codePointAt(i);
            base = new String(Character.toChars(cp));
            i += Character.charCount(cp);
        }
        if (braced && i < n && tex.charAt(i) == '}') i++;
        if (!bibtex && base.isEmpty()) {
            out.append(tex, commandStart, at);
            return at;
        }
        out.append(base).append(mark);
        accented = true;
        return i;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
