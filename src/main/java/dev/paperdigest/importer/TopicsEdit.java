package dev.paperdigest.importer;

import dev.paperdigest.load.FrontMatter;
import dev.paperdigest.yaml.Yaml;
import dev.paperdigest.yaml.YamlNode;
import dev.paperdigest.yaml.YamlSyntaxException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code topics accept}: writes a paper's {@code topics} key and changes no other byte of the file.
 * An existing {@code topics} entry (one line, or a block list over several) is replaced in place;
 * without one, the line goes before the closing {@code ---}.
 */
public final class TopicsEdit {
    private TopicsEdit() {
    }

    /** The file's new text with {@code topics: [a, b]}, or empty when its front matter cannot be read. */
    public static Optional<String> withTopics(String text, List<String> topics) {
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        String lf = text.replace("\r\n", "\n");
        boolean bom = lf.startsWith("\uFEFF");
        if (bom) lf = lf.substring(1);
        Optional<FrontMatter> fm = FrontMatter.split(lf);
        if (fm.isEmpty()) return Optional.empty();
        YamlNode root;
        try {
            root = Yaml.parse(fm.get().yaml(), fm.get().firstLine());
        } catch (YamlSyntaxException e) {
            return Optional.empty();
        }
        if (!(root instanceof YamlNode.MapNode map)) return Optional.empty();
        List<String> lines = new ArrayList<>(List.of(lf.split("\n", -1)));
        int closing = fm.get().bodyLine() - 2;
        String line = "topics: [" + String.join(", ", topics) + "]";
        YamlNode.Entry existing = map.entries().get("topics");
        if (existing == null) {
            lines.add(closing, line);
        } else {
            int first = existing.line() - 1;
            int end = closing;
            // the entry runs until the next top-level key (a line starting at column 1) or the fence
            for (int i = first + 1; i < closing; i++) {
                String l = lines.get(i);
                if (!l.isEmpty() && !Character.isWhitespace(l.charAt(0)) && !l.startsWith("#") && !l.startsWith("-")) {
                    end = i;
                    break;
                }
            }
            while (end - 1 > first && lines.get(end - 1).isBlank()) end--;
            for (int i = end - 1; i >= first; i--) lines.remove(i);
            lines.add(first, line);
        }
        String out = String.join("\n", lines);
        if (bom) out = "\uFEFF" + out;
        return Optional.of(nl.equals("\n") ? out : out.replace("\n", "\r\n"));
    }

    /** Rewrites {@code file} with the topics; false when its front matter cannot be read. */
    public static boolean write(Path file, List<String> topics) throws IOException {
        Optional<String> text = withTopics(Files.readString(file, StandardCharsets.UTF_8), topics);
        if (text.isEmpty()) return false;
        PaperFiles.replace(file, text.get());
        return true;
    }
}
