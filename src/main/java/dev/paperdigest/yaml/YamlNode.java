package dev.paperdigest.yaml;

import java.util.List;
import java.util.Map;

/**
 * A parsed YAML value with the file line and column where it starts (1-based). Three shapes:
 * a scalar (with its source text, unresolved, so {@code 1512.03385} stays that string), a list, a map
 * in document order.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Seq, YamlNode.MapNode {
    int line();

    int column();

    /** A word for error messages: "text", "a number", "a list", ... */
    String describe();

    /** A scalar. {@code kind} tells what YAML resolved it to; {@code text} is always its source text. */
    record Scalar(String text, Kind kind, int line, int column) implements YamlNode {
        public enum Kind { STRING, NUMBER, BOOLEAN, NULL }

        @Override
        public String describe() {
            return switch (kind) {
                case STRING -> "text";
                case NUMBER -> "a number";
                case BOOLEAN -> "true/false";
                case NULL -> "nothing";
            };
        }
    }

    record Seq(List<YamlNode> items, int line, int column) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A mapping; {@code entries} keeps document order and the position of each key. */
    record MapNode(Map<String, Entry> entries, int line, int column) implements YamlNode {
        @Override
        public String describe() {
            return "a mapping";
        }

        public YamlNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }
    }

    /** One key of a mapping: the key's own position, and its value. */
    record Entry(String key, int line, int column, YamlNode value) {
    }
}
