package dev.paperdigest.importer;

import java.util.List;

/**
 * Front matter lines in the content format: every string double-quoted (so titles with colons, quotes
 * or a leading special character stay plain YAML that Hugo and Jekyll read too), lists one item a line.
 */
final class FrontMatterWriter {
    private FrontMatterWriter() {
    }

    /** {@code key: "value"\n}, or "" for an empty value. */
    static String text(String key, String value) {
        return value == null || value.isEmpty() ? "" : key + ": " + quote(value) + "\n";
    }

    /** A block list, or "" for an empty one. */
    static String list(String key, List<String> values) {
        if (values.isEmpty()) return "";
        StringBuilder sb = new StringBuilder(key).append(":\n");
        for (String v : values) sb.append("  - ").append(quote(v)).append('\n');
        return sb.toString();
    }

    /** A YAML double-quoted scalar: backslash, quote and control characters escaped. */
    static String quote(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) q.append(String.format("\\x%02x", (int) c));
                    else q.append(c);
                }
            }
        }
        return q.append('"').toString();
    }
}
