package dev.paperdigest.importer;

import dev.paperdigest.diag.Diagnostic;
import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.load.FrontMatter;
import dev.paperdigest.load.PaperReader;
import dev.paperdigest.text.Texts;
import dev.paperdigest.text.PlainTextMarkdown;
import dev.paperdigest.yaml.YamlNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Content files made from import records: the front matter lines of a record, a new file's text,
 * and {@code --update}'s edit of an existing file, which only adds values the file lacks.
 */
final class PaperFiles {
    private PaperFiles() {
    }

    /** The record's front matter as key to YAML line(s), in the order files are written; empty values left out. */
    static Map<String, String> fields(ImportRecord r, LocalDate added) {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "title", FrontMatterWriter.text("title", r.title()));
        put(f, "authors", FrontMatterWriter.list("authors", r.authors()));
        put(f, "authors_truncated", r.authorsTruncated() ? "authors_truncated: true\n" : "");
        put(f, "date", r.date() == null ? "" : "date: " + r.date() + "\n");
        put(f, "added", added == null ? "" : "added: " + added + "\n");
        put(f, "arxiv", FrontMatterWriter.text("arxiv", r.arxiv()));
        put(f, "doi", FrontMatterWriter.text("doi", r.doi()));
        put(f, "url", FrontMatterWriter.text("url", r.url()));
        put(f, "pdf", FrontMatterWriter.text("pdf", r.pdf()));
        put(f, "code", FrontMatterWriter.text("code", r.code()));
        put(f, "project", FrontMatterWriter.text("project", r.project()));
        put(f, "venue", FrontMatterWriter.text("venue", r.venue()));
        put(f, "categories", FrontMatterWriter.list("categories", r.categories()));
        put(f, "tags", FrontMatterWriter.list("tags", r.tags()));
        put(f, "comment", FrontMatterWriter.text("comment", r.comment()));
        put(f, "upvotes", r.upvotes() == null ? "" : "upvotes: " + r.upvotes() + "\n");
        put(f, "listed", r.listed() == null ? "" : "listed: " + r.listed() + "\n");
        return f;
    }

    private static void put(Map<String, String> f, String key, String lines) {
        if (!lines.isEmpty()) f.put(key, lines);
    }

    static String newFile(ImportRecord r, LocalDate added) {
        StringBuilder sb = new StringBuilder("---\n");
        fields(r, added).values().forEach(sb::append);
        sb.append("---\n");
        if (!r.abstractText().isEmpty()) sb.append('\n').append(PlainTextMarkdown.of(r.abstractText())).append('\n');
        return sb.toString();
    }

    /**
     * Why the load stage would reject {@code content} as a paper file, or empty when it reads it:
     * every file import, {@code --update} and {@code new} write is read back this way before it is kept.
     */
    static Optional<String> problem(String content) {
        Diagnostics diags = new Diagnostics();
        PaperReader.anyTopics().read("paper", "paper", Texts.contentText(content), diags);
        return diags.sorted().stream().filter(Diagnostic::isError).findFirst().map(Diagnostic::message);
    }

    /** What {@code --update} would change in an existing file: the keys it fills, and the new text. */
    record Update(List<String> keys, String text) {
    }

    /**
     * Fills the keys that are absent or empty in {@code file} with the record's values; leaves
     * every other byte as it is. An empty abstract is filled too. Empty when there is nothing to fill.
     */
    static Optional<Update> update(Path file, ImportRecord r) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        boolean crlf = text.contains("\r\n");
        String lf = text.replace("\r\n", "\n");
        Optional<FrontMatter> fm = FrontMatter.split(lf);
        Optional<YamlNode.MapNode> map = ContentIndex.frontMatter(file);
        if (fm.isEmpty() || map.isEmpty()) return Optional.empty();
        List<String> lines = new ArrayList<>(List.of(lf.split("\n", -1)));
        int closing = fm.get().bodyLine() - 2; // 0-based index of the closing fence
        List<String> filled = new ArrayList<>();
        List<Integer> dropLines = new ArrayList<>();
        StringBuilder added = new StringBuilder();
        for (Map.Entry<String, String> e : fields(r, null).entrySet()) {
            YamlNode.Entry existing = map.get().entries().get(e.getKey());
            if (existing == null) {
                added.append(e.getValue());
                filled.add(e.getKey());
            } else if (isEmpty(existing.value()) && existing.line() == existing.value().line()) {
                dropLines.add(existing.line() - 1);
                added.append(e.getValue());
                filled.add(e.getKey());
            }
        }
        boolean fillAbstract = fm.get().body().isBlank() && !r.abstractText().isEmpty();
        if (fillAbstract) filled.add("abstract");
        if (filled.isEmpty()) return Optional.empty();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i == closing) out.append(added);
            if (dropLines.contains(i)) continue;
            out.append(lines.get(i));
            if (i < lines.size() - 1) out.append('\n');
        }
        String result = out.toString();
        if (fillAbstract) result = result.stripTrailing() + "\n\n" + PlainTextMarkdown.of(r.abstractText()) + "\n";
        return Optional.of(new Update(filled, crlf ? result.replace("\n", "\r\n") : result));
    }

    private static boolean isEmpty(YamlNode v) {
        return v instanceof YamlNode.Scalar s && s.text().isBlank()
                || v instanceof YamlNode.Seq seq && seq.items().isEmpty()
                || v instanceof YamlNode.MapNode m && m.entries().isEmpty();
    }

    /** The replaced file's permissions on its replacement (a temporary file starts as the owner's alone, 0600). */
    private static void keepMode(Path file, Path tmp) throws IOException {
        java.nio.file.attribute.PosixFileAttributeView view =
                Files.getFileAttributeView(tmp, java.nio.file.attribute.PosixFileAttributeView.class);
        if (view == null || !Files.exists(file)) return;
        view.setPermissions(Files.getPosixFilePermissions(file));
    }

    /** Replaces a file's content through a temporary file beside it, so a crash leaves old or new, never half. */
    static void replace(Path file, String text) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            keepMode(file, tmp);
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
