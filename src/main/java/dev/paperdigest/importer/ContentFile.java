package dev.paperdigest.importer;

import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.text.ArxivIds;
import dev.paperdigest.text.Dois;
import dev.paperdigest.yaml.YamlNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A paper file as other tools ({@code enrich}) see it: what it already says, and filling what it
 * lacks from a record by the rule of {@code import --update} (absent or empty keys only, every other
 * byte kept, the result read back by the load stage before it replaces the file).
 */
public final class ContentFile {
    private ContentFile() {
    }

    /**
     * What a paper file says about the paper's identity, and which of the keys enrich fills it has.
     *
     * @param year  0 when the file has no date
     * @param present the front-matter keys with a non-empty value
     */
    public record Facts(String title, List<String> authors, int year, String arxiv, String doi, List<String> present) {
        public Facts {
            authors = List.copyOf(authors);
            present = List.copyOf(present);
        }
    }

    /** The file's facts, or empty when its front matter cannot be read (the build says why). */
    public static Optional<Facts> read(Path file) {
        Optional<YamlNode.MapNode> fm = ContentIndex.frontMatter(file);
        if (fm.isEmpty()) return Optional.empty();
        YamlNode.MapNode m = fm.get();
        List<String> authors = new ArrayList<>();
        if (m.get("authors") instanceof YamlNode.Seq seq) {
            for (YamlNode item : seq.items()) if (item instanceof YamlNode.Scalar s && !s.text().isBlank()) authors.add(s.text().strip());
        }
        List<String> present = new ArrayList<>();
        for (var e : m.entries().entrySet()) {
            YamlNode v = e.getValue().value();
            boolean empty = v instanceof YamlNode.Scalar s && s.text().isBlank()
                    || v instanceof YamlNode.Seq q && q.items().isEmpty();
            if (!empty) present.add(e.getKey());
        }
        return Optional.of(new Facts(scalar(m, "title"), authors, ContentIndex.year(scalar(m, "date")),
                ArxivIds.normalise(scalar(m, "arxiv")).orElse(""), Dois.normalise(scalar(m, "doi")).orElse(""), present));
    }

    /**
     * Fills the keys {@code file} lacks with the record's values; returns the keys filled (empty
     * when there was nothing to fill). With {@code dryRun} the file is left as it is.
     *
     * @throws IOException also when the filled file would not load, naming why
     */
    public static List<String> fill(Path file, ImportRecord r, boolean dryRun) throws IOException {
        Optional<PaperFiles.Update> u = PaperFiles.update(file, r);
        if (u.isEmpty()) return List.of();
        Optional<String> problem = PaperFiles.problem(u.get().text());
        if (problem.isPresent()) throw new IOException("filling it would make it unreadable: " + problem.get());
        if (!dryRun) PaperFiles.replace(file, u.get().text());
        return u.get().keys();
    }

    /** The records of an API response in one of the import formats (rejected items left out). */
    public static List<ImportRecord> records(SourceFormat format, String text, String display, Diagnostics diags) {
        return format.parse(text, display, diags).records();
    }

    private static String scalar(YamlNode.MapNode m, String key) {
        return m.get(key) instanceof YamlNode.Scalar s ? s.text() : "";
    }
}
