package dev.paperdigest.yaml;

import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.diag.SourcePos;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed reads of a YAML mapping's keys that report wrong types into {@link Diagnostics} with the
 * value's position, instead of throwing. One instance reads one mapping of one file.
 */
public final class YamlFields {
    private final YamlNode.MapNode map;
    private final String path;
    private final Diagnostics diags;

    public YamlFields(YamlNode.MapNode map, String path, Diagnostics diags) {
        this.map = map;
        this.path = path;
        this.diags = diags;
    }

    public SourcePos posOf(YamlNode node) {
        return SourcePos.of(path, node.line(), node.column());
    }

    /** Position of the key itself, or of the mapping when the key is absent. */
    public SourcePos keyPos(String key) {
        YamlNode.Entry e = map.entries().get(key);
        return e == null ? posOf(map) : SourcePos.of(path, e.line(), e.column());
    }

    /** Reports an error at the value of {@code key} (or at the key's mapping when absent). */
    public void errorAtValue(String key, String message, String hint) {
        YamlNode v = map.get(key);
        diags.error(v == null ? posOf(map) : posOf(v), message, hint);
    }

    public boolean has(String key) {
        YamlNode v = map.get(key);
        return v != null && !(v instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL);
    }

    /** A text value (numbers are taken as their source text); "" when absent or of the wrong type. */
    public String text(String key) {
        YamlNode v = map.get(key);
        if (v == null) return "";
        if (v instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.BOOLEAN) return s.text().strip();
        diags.error(posOf(v), "'" + key + "' must be text, found " + v.describe(),
                "write it as " + key + ": \"...\"");
        return "";
    }

    /** A whole number in [min, max], or {@code fallback} when absent or wrong (reported). */
    public int integer(String key, int fallback, int min, int max) {
        YamlNode v = map.get(key);
        if (v == null) return fallback;
        if (v instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NUMBER) {
            try {
                int n = Integer.parseInt(s.text().strip());
                if (n >= min && n <= max) return n;
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        diags.error(posOf(v), "'" + key + "' must be a whole number from " + min + " to " + max
                + ", found " + describeValue(v), "for example " + key + ": " + fallback);
        return fallback;
    }

    /** true/false, or {@code fallback} when absent or wrong (reported). */
    public boolean bool(String key, boolean fallback) {
        YamlNode v = map.get(key);
        if (v == null) return fallback;
        if (v instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
            return Boolean.parseBoolean(s.text().strip().toLowerCase(java.util.Locale.ROOT));
        }
        diags.error(posOf(v), "'" + key + "' must be true or false, found " + describeValue(v),
                "write " + key + ": true or " + key + ": false");
        return fallback;
    }

    /** A list of texts; empty when absent or of the wrong type (reported). */
    public List<String> textList(String key) {
        YamlNode v = map.get(key);
        if (v == null || v instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL) return List.of();
        if (!(v instanceof YamlNode.Seq seq)) {
            diags.error(posOf(v), "'" + key + "' must be a list, found " + describeValue(v),
                    "write it as " + key + ": [\"first\", \"second\"] or one '- item' per line");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL
                    && s.kind() != YamlNode.Scalar.Kind.BOOLEAN) {
                out.add(s.text().strip());
            } else {
                diags.error(posOf(item), "each item of '" + key + "' must be text, found " + item.describe(),
                        "write one plain value per item");
            }
        }
        return out;
    }

    /** The list's items with their positions, for callers that check each item (e.g. topic ids). */
    public List<YamlNode> items(String key) {
        return map.get(key) instanceof YamlNode.Seq seq ? seq.items() : List.of();
    }

    /** Warns about every key not in {@code known}, naming the known ones. */
    public void warnUnknownKeys(Set<String> known, String what) {
        for (YamlNode.Entry e : map.entries().values()) {
            if (!known.contains(e.key())) {
                diags.warning(SourcePos.of(path, e.line(), e.column()),
                        "unknown key '" + e.key() + "' in " + what + " (ignored)",
                        "known keys: " + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    private static String describeValue(YamlNode v) {
        return v instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL
                ? "'" + s.text() + "'" : v.describe();
    }
}
