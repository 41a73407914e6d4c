package dev.paperdigest.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses one YAML document into a {@link YamlNode} tree with file positions. Thread-safe.
 * Nesting is capped so hostile input cannot overflow the stack.
 */
public final class Yaml {
    private static final int MAX_DEPTH = 64;
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private Yaml() {
    }

    /**
     * Parses {@code text}. {@code firstLine} is the file line the text starts on (1 for a whole file,
     * 2 for front matter after an opening {@code ---}), so positions are file positions.
     * An empty document gives an empty mapping at {@code firstLine}.
     */
    public static YamlNode parse(String text, int firstLine) throws YamlSyntaxException {
        if (text.length() > dev.paperdigest.text.Limits.FRONT_MATTER) {
            // both readers alike: the general one would refuse past its own limit, the fast one not
            throw new YamlSyntaxException("it is " + text.length() + " characters long; the limit is "
                    + dev.paperdigest.text.Limits.FRONT_MATTER + " (the abstract goes below the closing '---')", firstLine, 1);
        }
        YamlNode plain = PlainYaml.parse(text, firstLine);
        return plain != null ? plain : general(text, firstLine);
    }

    /** The general parser (SnakeYAML through Jackson), for any YAML and for every error message. */
    static YamlNode general(String text, int firstLine) throws YamlSyntaxException {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) return new YamlNode.MapNode(Map.of(), firstLine, 1);
            YamlNode root = read(p, firstLine - 1, 0);
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? firstLine : Math.max(1, loc.getLineNr()) + firstLine - 1;
            int col = loc == null ? 1 : Math.max(1, loc.getColumnNr());
            throw new YamlSyntaxException(summarise(e.getOriginalMessage(), firstLine), line, col);
        } catch (IOException e) {
            throw new YamlSyntaxException("cannot read YAML: " + e.getMessage(), firstLine, 1);
        }
    }

    private static final java.util.regex.Pattern MARK =
            java.util.regex.Pattern.compile("^ in '[^']*', line (\\d+), column (\\d+):$");

    /**
     * SnakeYAML's message without its source echo and caret lines: "context: problem", with the
     * context's line (a file line) when the problem was found later, e.g. at an unclosed bracket.
     */
    static String summarise(String message, int firstLine) {
        if (message == null || message.isBlank()) return "not valid YAML";
        List<String> parts = new ArrayList<>();
        List<Integer> markLines = new ArrayList<>();
        for (String l : message.split("\n")) {
            java.util.regex.Matcher m = MARK.matcher(l);
            if (m.matches()) {
                markLines.add(Integer.parseInt(m.group(1)) + firstLine - 1);
            } else if (!l.startsWith("    ") && !l.isBlank()) {
                parts.add(l.strip());
            }
        }
        if (parts.isEmpty()) return "not valid YAML";
        if (parts.size() >= 2 && markLines.size() >= 2) {
            return parts.get(0) + " started on line " + markLines.get(0) + ": " + String.join(": ", parts.subList(1, parts.size()));
        }
        return String.join(": ", parts);
    }

    private static YamlNode read(JsonParser p, int lineShift, int depth) throws IOException, YamlSyntaxException {
        JsonLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr() + lineShift;
        int col = loc.getColumnNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation kl = p.currentTokenLocation();
                    String key = p.currentName();
                    int kLine = kl.getLineNr() + lineShift;
                    int kCol = kl.getColumnNr();
                    p.nextToken();
                    YamlNode value = read(p, lineShift, depth + 1);
                    YamlNode.Entry prev = entries.putIfAbsent(key, new YamlNode.Entry(key, kLine, kCol, value));
                    if (prev != null) {
                        throw new YamlSyntaxException("key '" + key + "' appears twice (first on line "
                                + prev.line() + ")", kLine, kCol);
                    }
                }
                return new YamlNode.MapNode(Collections.unmodifiableMap(entries), line, col);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) items.add(read(p, lineShift, depth + 1));
                return new YamlNode.Seq(List.copyOf(items), line, col);
            }
            case VALUE_STRING -> {
                return new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Kind.STRING, line, col);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Kind.NUMBER, line, col);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Kind.BOOLEAN, line, col);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar("", YamlNode.Scalar.Kind.NULL, line, col);
            }
            default -> throw new YamlSyntaxException("unsupported YAML value (" + t + ")", line, col);
        }
    }
}
