package dev.paperdigest.importer;

import java.text.Normalizer;
import java.util.Map;

/**
 * Turns the TeX of BibTeX values into plain Unicode text: accents ({@code {\"u}}, {@code \'e},
 * {@code \c{c}}), special letters ({@code \ss}, {@code \o}), escaped symbols ({@code \&}), dashes
 * and quotes; formatting commands ({@code \emph{x}}) keep their argument; protective braces and math
 * dollars go. Linear in the input, no recursion.
 */
final class TexText {
    private static final Map<Character, Character> ACCENTS = Map.ofEntries(
            Map.entry('\'', '\u0301'), Map.entry('`', '\u0300'), Map.entry('^', '\u0302'), Map.entry('"', '\u0308'),
            Map.entry('~', '\u0303'), Map.entry('=', '\u0304'), Map.entry('.', '\u0307'), Map.entry('u', '\u0306'),
            Map.entry('v', '\u030C'), Map.entry('H', '\u030B'), Map.entry('c', '\u0327'), Map.entry('k', '\u0328'),
            Map.entry('r', '\u030A'), Map.entry('d', '\u0323'), Map.entry('b', '\u0331'));
    private static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("ss", "ß"), Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"),
            Map.entry("oe", "œ"), Map.entry("OE", "Œ"), Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("l", "ł"),
            Map.entry("L", "Ł"), Map.entry("i", "ı"), Map.entry("j", "ȷ"), Map.entry("textendash", "–"),
            Map.entry("textemdash", "—"), Map.entry("LaTeX", "LaTeX"), Map.entry("TeX", "TeX"), Map.entry("dots", "…"),
            Map.entry("ldots", "…"), Map.entry("etal", "et al."));

    private TexText() {
    }

    static String toUnicode(String tex) {
        StringBuilder out = new StringBuilder(tex.length());
        int n = tex.length();
        int i = 0;
        while (i < n) {
            char c = tex.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char next = tex.charAt(i + 1);
                if (Character.isLetter(next)) {
                    int j = i + 1;
                    while (j < n && Character.isLetter(tex.charAt(j))) j++;
                    String name = tex.substring(i + 1, j);
                    if (name.length() == 1 && ACCENTS.containsKey(name.charAt(0))) {
                        i = accent(tex, j, ACCENTS.get(name.charAt(0)), out);
                        continue;
                    }
                    String letter = LETTERS.get(name);
                    if (letter != null) out.append(letter);
                    // other commands (\emph, \textbf, ...) vanish; their braced argument stays as text
                    i = j;
                    // TeX ends a control word at a space: "\ss e" is "ße"
                    if (letter != null && letter.length() == 1 && i < n && tex.charAt(i) == ' ') i++;
                    continue;
                }
                if (ACCENTS.containsKey(next)) {
                    i = accent(tex, i + 2, ACCENTS.get(next), out);
                    continue;
                }
                out.append(next == '\\' ? ' ' : next);
                i += 2;
                continue;
            }
            switch (c) {
                case '{', '}', '$' -> {
                    // protective braces and math delimiters
                }
                case '~' -> out.append(' ');
                case '-' -> {
                    if (tex.startsWith("---", i)) {
                        out.append('—');
                        i += 2;
                    } else if (tex.startsWith("--", i)) {
                        out.append('–');
                        i += 1;
                    } else {
                        out.append('-');
                    }
                }
                case '`' -> {
                    if (tex.startsWith("``", i)) {
                        out.append('“');
                        i++;
                    } else {
                        out.append('‘');
                    }
                }
                case '\'' -> {
                    if (tex.startsWith("''", i)) {
                        out.append('”');
                        i++;
                    } else {
                        out.append('\'');
                    }
                }
                default -> out.append(c);
            }
            i++;
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    /** Applies a combining accent to the next letter ({@code u}, {@code {u}} or {@code \i}); returns the new index. */
    private static int accent(String tex, int at, char mark, StringBuilder out) {
        int n = tex.length();
        int i = at;
        while (i < n && tex.charAt(i) == ' ') i++;
        boolean braced = i < n && tex.charAt(i) == '{';
        if (braced) i++;
        String base = "";
        if (i < n && tex.charAt(i) == '\\' && i + 1 < n && (tex.charAt(i + 1) == 'i' || tex.charAt(i + 1) == 'j')) {
            base = String.valueOf(tex.charAt(i + 1));
            i += 2;
        } else if (i < n && tex.charAt(i) != '}') {
            base = String.valueOf(tex.charAt(i));
            i++;
        }
        if (braced && i < n && tex.charAt(i) == '}') i++;
        out.append(base).append(mark);
        return i;
    }
}
