package dev.paperdigest.importer;

import dev.paperdigest.load.FrontMatter;
import dev.paperdigest.text.ArxivIds;
import dev.paperdigest.text.Dois;
import dev.paperdigest.text.Texts;
import dev.paperdigest.yaml.Yaml;
import dev.paperdigest.yaml.YamlNode;
import dev.paperdigest.yaml.YamlSyntaxException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The papers already in the digest, by the three keys that identify a paper: arXiv id, DOI and
 * normalised title. Records imported in this run are added as they are written, so a source that
 * lists a paper twice imports it once.
 */
final class ContentIndex {
    /** A paper known to the index: its file as named in messages, and where it is on disk (null if not yet). */
    record Known(String name, Path file) {
    }

    private final Map<String, Known> byArxiv = new HashMap<>();
    private final Map<String, Known> byDoi = new HashMap<>();
    private final Map<String, Known> byTitle = new HashMap<>();
    private final List<String> unreadable = new ArrayList<>();

    static ContentIndex of(Path papersDir, String displayDir) throws IOException {
        ContentIndex index = new ContentIndex();
        if (!Files.isDirectory(papersDir)) return index;
        List<Path> files;
        try (Stream<Path> s = Files.list(papersDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        for (Path p : files) {
            String name = displayDir + "/" + p.getFileName();
            Optional<YamlNode.MapNode> fm = frontMatter(p);
            String title = fm.map(m -> scalar(m, "title")).orElse("");
            if (title.isEmpty()) {
                index.unreadable.add(name);
                continue;
            }
            index.add(new Known(name, p), title, scalar(fm.get(), "arxiv"), scalar(fm.get(), "doi"));
        }
        return index;
    }

    /** Files whose title could not be read, so duplicates of them cannot be detected. */
    List<String> unreadable() {
        return unreadable;
    }

    void add(Known k, String title, String arxiv, String doi) {
        ArxivIds.normalise(arxiv).ifPresent(id -> byArxiv.putIfAbsent(id, k));
        Dois.normalise(doi).ifPresent(d -> byDoi.putIfAbsent(Dois.key(d), k));
        String key = Texts.titleKey(title);
        if (!key.isEmpty()) byTitle.putIfAbsent(key, k);
    }

    /** The paper {@code r} is already in the digest as, matched by arXiv id, then DOI, then title. */
    Optional<Known> find(ImportRecord r) {
        Known k = r.arxiv().isEmpty() ? null : byArxiv.get(r.arxiv());
        if (k == null && !r.doi().isEmpty()) k = byDoi.get(Dois.key(r.doi()));
        if (k == null) k = byTitle.get(Texts.titleKey(r.title()));
        return Optional.ofNullable(k);
    }

    static Optional<YamlNode.MapNode> frontMatter(Path file) {
        try {
            String text = Texts.contentText(Files.readString(file));
            Optional<FrontMatter> fm = FrontMatter.split(text);
            if (fm.isEmpty()) return Optional.empty();
            return Yaml.parse(fm.get().yaml(), fm.get().firstLine()) instanceof YamlNode.MapNode m
                    ? Optional.of(m) : Optional.empty();
        } catch (IOException | YamlSyntaxException e) {
            return Optional.empty();
        }
    }

    private static String scalar(YamlNode.MapNode m, String key) {
        return m.get(key) instanceof YamlNode.Scalar s ? s.text() : "";
    }
}
