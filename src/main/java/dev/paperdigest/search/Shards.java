package dev.paperdigest.search;

import java.util.Set;

/**
 * Which term shard holds a word: its first two letters, one more for every prefix that was split
 * because its shard grew too large. A word equal to a split prefix goes to that prefix plus {@code _}.
 * The client computes the same function from the {@code split} list of {@code meta.json}.
 */
final class Shards {
    private Shards() {
    }

    static String keyOf(String word, Set<String> split) {
        int k = Math.min(2, word.length());
        while (k < word.length() && split.contains(word.substring(0, k))) k++;
        String key = word.substring(0, k);
        return split.contains(key) ? key + "_" : key;
    }
}
