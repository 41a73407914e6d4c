package dev.paperdigest.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Surface words as the client splits a query: runs of letters and digits, lowercase. Keeping this
 * rule simple and identical on both sides is what lets the client look words up without a stemmer.
 */
final class Words {
    private Words() {
    }

    /**
     * Gives each word of {@code text} to {@code out}: what {@link #of} gives. ASCII text is split
     * without lowercasing it whole first; other text goes through {@link #of}, since lowercasing can
     * change where words end (U+0130 becomes i and a combining dot).
     */
    static void each(String text, java.util.function.Consumer<String> out) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) >= 0x80) {
                of(text).forEach(out);
                return;
            }
        }
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean word = i < n && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) start = i;
            if (!word && start >= 0) {
                if (i - start <= 40) out.accept(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean word = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (word && start < 0) start = i;
            if (!word && start >= 0) {
                if (i - start <= 40) out.add(lower.substring(start, i));
                start = -1;
            }
        }
        return out;
    }
}
