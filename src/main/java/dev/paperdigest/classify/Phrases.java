package dev.paperdigest.classify;

import java.util.List;

/** Counting a phrase (a sequence of analysed terms) in a text's terms. */
final class Phrases {
    private Phrases() {
    }

    /** Occurrences of {@code phrase} in {@code words}, counted up to {@code cap}. */
    static int count(List<String> words, List<String> phrase, int cap) {
        int n = 0;
        outer:
        for (int i = 0; i + phrase.size() <= words.size() && n < cap; i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!words.get(i + j).equals(phrase.get(j))) continue outer;
            }
            n++;
        }
        return n;
    }
}
