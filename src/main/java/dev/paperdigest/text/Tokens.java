package dev.paperdigest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into lowercase word tokens and reduces each to a light stem, so "networks" matches the
 * keyword "network" and "adversarially" matches "adversarial". The stemmer is deliberately light
 * (plural and adverb endings only): keyword phrases are written by people and must still match
 * what they obviously mean.
 */
public final class Tokens {
    private Tokens() {
    }

    /** The stems of the words of {@code text}, in order. Letters and digits form words; hyphens split. */
    public static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                out.add(stem(word.toString()));
                word.setLength(0);
            }
        }
        if (word.length() > 0) out.add(stem(word.toString()));
        return out;
    }

    /** A light English stem: drops plural {@code -s/-es/-ies} and adverbial {@code -ly}. */
    public static String stem(String w) {
        if (w.length() <= 3) return w;
        if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("ally") && w.length() > 6) return w.substring(0, w.length() - 2);
        if (w.endsWith("sses")) return w.substring(0, w.length() - 2);
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) return w;
        if (w.endsWith("s")) return w.substring(0, w.length() - 1);
        return w;
    }
}
