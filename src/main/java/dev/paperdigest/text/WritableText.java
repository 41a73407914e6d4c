package dev.paperdigest.text;

import java.util.function.Consumer;

/**
 * Text made fit for a content file: what the loader (and YAML) would reject is replaced, so that
 * nothing {@code import} or {@code new} writes fails to build.
 */
public final class WritableText {
    private WritableText() {
    }

    /**
     * {@code s} with a lone surrogate (not a character at all; JSON's {@code "\ud800"}) replaced by
     * U+FFFD, control characters (C0 but tab and line breaks, DEL, C1) by a space, and noncharacters
     * (U+FFFE, U+FFFF, U+FDD0-U+FDEF and their kin in other planes) removed. {@code problem} hears of
     * each replacement ("a lone surrogate (...)"); it may be told of one kind many times.
     */
    public static String clean(String s, Consumer<String> problem) {
        if (s == null) return "";
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            String replacement = null;
            if (Character.isSurrogate(s.charAt(i)) && width == 1) {
                replacement = "\uFFFD";
                problem.accept("a lone surrogate (not a character; replaced with U+FFFD)");
            } else if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F)) {
                replacement = " ";
                problem.accept("a control character U+" + hex(cp) + " (replaced with a space)");
            } else if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)) {
                replacement = "";
                problem.accept("a noncharacter U+" + hex(cp) + " (removed)");
            }
            if (replacement != null) {
                if (out == null) out = new StringBuilder(n).append(s, 0, i);
                out.append(replacement);
            } else if (out != null) {
                out.append(s, i, i + width);
            }
            i += width;
        }
        return out == null ? s : out.toString();
    }

    private static String hex(int cp) {
        String h = Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
        return "0".repeat(Math.max(0, 4 - h.length())) + h;
    }
}
