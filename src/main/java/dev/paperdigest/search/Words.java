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
