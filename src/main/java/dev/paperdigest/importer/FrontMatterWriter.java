package dev.paperdigest.importer;

import java.time.LocalDate;
import java.util.List;

/**
 * Writes a paper file in the content format: YAML front matter with every string double-quoted
 * (so titles with colons, quotes or a leading special character stay plain YAML that Hugo and Jekyll
 * read too), then the abstract.
 */
final class FrontMatterWriter {
    private final StringBuilder sb = new StringBuilder("---\n");

    FrontMatterWriter text(String key, String value) {
        if (value != null && !value.isEmpty()) sb.append(key).append(": ").append(quote(value)).append('\n');
        return this;
    }

    FrontMatterWriter date(String key, LocalDate value) {
        if (value != null) sb.append(key).append(": ").append(value).append('\n');
        return this;
    }

    FrontMatterWriter list(String key, List<String> values) {
        if (values.isEmpty()) return this;
        sb.append(key).append(":\n");
        for (String v : values) sb.append("  - ").append(quote(v)).append('\n');
        return this;
    }

    String withBody(String body) {
        return sb + "---\n\n" + body.strip() + "\n";
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
