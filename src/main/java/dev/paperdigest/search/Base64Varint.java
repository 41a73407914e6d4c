package dev.paperdigest.search;

/**
 * Non-negative integers as URL-safe text: each number is a run of base-32 digits, least significant
 * first; digits from {@link #MORE} mean "more digits follow", digits from {@link #LAST} end the
 * number. Small numbers (gaps between doc ids, quantised scores) take one or two characters, and the
 * text needs no escaping inside JSON.
 */
final class Base64Varint {
    static final String MORE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef";
    static final String LAST = "ghijklmnopqrstuvwxyz0123456789-_";

    private Base64Varint() {
    }

    static void append(StringBuilder sb, int value) {
        if (value < 0) throw new IllegalArgumentException("negative: " + value);
        int v = value;
        while (v >= 32) {
            sb.append(MORE.charAt(v & 31));
            v >>>= 5;
        }
        sb.append(LAST.charAt(v));
    }

    /** Decodes a whole string (for tests; the client has its own decoder). */
    static int[] decode(String s) {
        int[] out = new int[s.length()];
        int n = 0;
        int value = 0;
        int shift = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int more = MORE.indexOf(c);
            if (more >= 0) {
                value |= more << shift;
                shift += 5;
            } else {
                value |= LAST.indexOf(c) << shift;
                out[n++] = value;
                value = 0;
                shift = 0;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
