package dev.paperdigest.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The YAML that front matter nearly always is, read without the general parser: a mapping of
 * {@code key: value} lines at the left margin, where a value is quoted text without escapes, a plain
 * word or phrase, a date, a flow list {@code [a, b]} or a block list of such items on the lines
 * below. Anything else (numbers, booleans, nulls, escapes, comments after values, nesting, repeated
 * keys, odd spacing) returns null and goes to the general parser, which also reports every error.
 * The tree, positions included, is what the general parser gives (YamlTest compares both on every
 * shipped file and on generated front matter).
 */
final class PlainYaml {
    /** Plain words YAML may resolve to something other than text, in any case. */
    private static final Set<String> SPECIAL = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
            "nan", "inf", ".nan", ".inf", "-.inf", "+.inf");

    private final String text;
    private final int lineShift;
    private int pos;
    private int line = 1;

    private PlainYaml(String text, int firstLine) {
        this.text = text;
        this.lineShift = firstLine - 1;
    }

    /** The document as a mapping, or null when it is not of the plain kind. */
    static YamlNode.MapNode parse(String text, int firstLine) {
        return printable(text) ? new PlainYaml(text, firstLine).document() : null;
    }

    /**
     * Only characters YAML takes as they are: no tabs, no control characters, no line breaks other
     * than {@code \n} (YAML also breaks lines at U+0085, U+2028 and U+2029), no byte order marks,
     * nothing outside the Basic Multilingual Plane.
     */
    private static boolean printable(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c <= '~' || c == '\n') continue;
            if (c < 0xA0 || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c >= 0xD800 && c <= 0xDFFF || c > 0xFFFD) return false;
        }
        return true;
    }

    private YamlNode.MapNode document() {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        int mapLine = -1;
        while (pos < text.length()) {
            int end = lineEnd();
            if (pos == end || text.charAt(pos) == '#') {
                if (pos < end && !comment(pos, end)) return null;
                next(end);
                continue;
            }
            int colon = text.indexOf(':', pos);
            if (colon < 0 || colon >= end || !isKey(pos, colon)) return null;
            String key = text.substring(pos, colon);
            int keyLine = line + lineShift;
            if (mapLine < 0) mapLine = keyLine;
            YamlNode value;
            if (colon + 1 == end) {
                next(end);
                value = blockList();
            } else {
                if (text.charAt(colon + 1) != ' ') return null;
                int v = colon + 2;
                if (v >= end || text.charAt(v) == ' ') return null;
                value = inline(v, end);
                next(end);
            }
            if (value == null || entries.putIfAbsent(key, new YamlNode.Entry(key, keyLine, 1, value)) != null) return null;
        }
        if (entries.isEmpty()) return null;
        return new YamlNode.MapNode(Collections.unmodifiableMap(entries), mapLine, 1);
    }

    /** A block list under a key: {@code - item} lines, all at the same indentation. */
    private YamlNode.Seq blockList() {
        List<YamlNode> items = new ArrayList<>();
        int indent = -1;
        int seqLine = -1;
        int seqCol = -1;
        while (pos < text.length()) {
            int end = lineEnd();
            int i = pos;
            while (i < end && text.charAt(i) == ' ') i++;
            if (i + 1 >= end || text.charAt(i) != '-' || text.charAt(i + 1) != ' ') break;
            if (indent < 0) {
                indent = i - pos;
                seqLine = line + lineShift;
                seqCol = indent + 1;
            } else if (i - pos != indent) {
                return null;
            }
            int v = i + 2;
            if (v >= end || text.charAt(v) == ' ') return null;
            YamlNode item = scalar(v, end, false);
            if (item == null) return null;
            items.add(item);
            next(end);
        }
        if (items.isEmpty()) return null; // a key with nothing: null, for the general parser
        return new YamlNode.Seq(List.copyOf(items), seqLine, seqCol);
    }

    /** A value on its key's line: a flow list or a scalar. */
    private YamlNode inline(int from, int end) {
        if (text.charAt(from) != '[') return scalar(from, end, false);
        if (text.charAt(end - 1) != ']') return null;
        List<YamlNode> items = new ArrayList<>();
        int i = from + 1;
        int close = end - 1;
        while (i < close && text.charAt(i) == ' ') i++;
        if (i == close) return null; // [] : let the general parser have it
        while (i < close) {
            int comma = text.indexOf(',', i);
            if (comma < 0 || comma > close) comma = close;
            int itemEnd = comma;
            while (itemEnd > i && text.charAt(itemEnd - 1) == ' ') itemEnd--;
            if (itemEnd == i) return null;
            YamlNode item = scalar(i, itemEnd, true);
            if (item == null) return null;
            items.add(item);
            if (comma == close) break;
            i = comma + 1;
            if (i >= close || text.charAt(i) != ' ') return null;
            while (i < close && text.charAt(i) == ' ') i++;
            if (i == close) return null;
        }
        return new YamlNode.Seq(List.copyOf(items), line + lineShift, from - pos + 1);
    }

    /** Quoted text without escapes, a date, or plain text that can only be text; null otherwise. */
    private YamlNode.Scalar scalar(int from, int end, boolean inFlow) {
        int col = from - pos + 1;
        int ln = line + lineShift;
        char first = text.charAt(from);
        if (first == '"' || first == '\'') {
            if (end - from < 2 || text.charAt(end - 1) != first) return null;
            for (int i = from + 1; i < end - 1; i++) {
                char c = text.charAt(i);
                if (c == first || c == '\\') return null;
            }
            return new YamlNode.Scalar(text.substring(from + 1, end - 1), YamlNode.Scalar.Kind.STRING, ln, col);
        }
        if (isDate(from, end)) return new YamlNode.Scalar(text.substring(from, end), YamlNode.Scalar.Kind.STRING, ln, col);
        if (!Character.isLetter(first)) return null;
        char prev = 0;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            boolean ok = Character.isLetterOrDigit(c) || c == ' ' && prev != ' ' || c == '-' || c == '.' || c == '/'
                    || c == '(' || c == ')' || c == '\'' || c == '+' || c == '_' || !inFlow && (c == ',' || c == ':');
            if (!ok || c == ':' && (i + 1 == end || text.charAt(i + 1) == ' ')) return null;
            prev = c;
        }
        if (prev == ' ') return null;
        String s = text.substring(from, end);
        if (SPECIAL.contains(s.toLowerCase(Locale.ROOT))) return null;
        return new YamlNode.Scalar(s, YamlNode.Scalar.Kind.STRING, ln, col);
    }

    /** A day ({@code 2017-07-18}) or a month ({@code 2017-07}, which YAML reads as text too). */
    private boolean isDate(int from, int end) {
        int n = end - from;
        if (n != 10 && n != 7) return false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(from + i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') return false;
        }
        return true;
    }

    private boolean isKey(int from, int colon) {
        if (colon == from) return false;
        for (int i = from; i < colon; i++) {
            char c = text.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || i > from && (c >= '0' && c <= '9' || c == '-');
            if (!ok) return false;
        }
        return true;
    }

    /** A whole-line comment ({@link #printable} already ruled out anything a parser could mistake). */
    private boolean comment(int from, int end) {
        return text.charAt(from) == '#';
    }

    private int lineEnd() {
        int end = text.indexOf('\n', pos);
        return end < 0 ? text.length() : end;
    }

    private void next(int end) {
        pos = end + 1;
        line++;
    }
}
