package dev.paperdigest.importer;

import dev.paperdigest.config.ConfigLoader;
import dev.paperdigest.config.DigestConfig;
import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.diag.SourcePos;
import dev.paperdigest.model.Topic;
import dev.paperdigest.text.ArxivIds;
import dev.paperdigest.text.Slugs;
import dev.paperdigest.text.Texts;
import dev.paperdigest.text.WritableText;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code new}: one well-formed paper file for a curator to fill in, marked {@code draft: true} until
 * they publish it (as {@code hugo new} does).
 */
public final class NewPaper {
    private NewPaper() {
    }

    /**
     * Writes {@code content/papers/<slug>.md}; returns its name, or empty with the problems in {@code diags}.
     *
     * @param contentDir  the digest's {@code content/} folder, whose topics.yaml the topics must be in
     * @param displayBase how messages name it
     */
    public static Optional<String> create(Path contentDir, String displayBase, String title, String arxiv,
                                          List<String> topics, LocalDate added, Diagnostics diags) throws IOException {
        String t = Texts.collapseSpace(WritableText.clean(title, what -> { }));
        if (!t.equals(Texts.collapseSpace(title))) {
            diags.warning(SourcePos.of("--title"), "the title held characters no content file may hold; they were replaced",
                    "check the title in the file written");
        }
        if (t.isEmpty()) diags.error(SourcePos.of("--title"), "the title is empty", "pass --title \"Paper title\"");
        String id = "";
        if (arxiv != null && !arxiv.isBlank()) {
            Optional<String> norm = ArxivIds.normalise(arxiv);
            if (norm.isEmpty()) {
                diags.error(SourcePos.of("--arxiv"), "'" + arxiv + "' is not an arXiv id", "for example --arxiv 1512.03385");
            }
            id = norm.orElse("");
        }
        if (!topics.isEmpty()) {
            DigestConfig config = ConfigLoader.load(contentDir, displayBase, diags);
            List<String> valid = config.topics().stream().map(Topic::id).toList();
            for (String topic : topics) {
                if (!valid.isEmpty() && !valid.contains(topic)) {
                    diags.error(SourcePos.of("--topics"), "unknown topic id '" + topic + "'",
                            "valid ids (" + displayBase + "/topics.yaml): " + String.join(", ", valid));
                }
            }
        }
        if (diags.hasErrors()) return Optional.empty();
        Path papersDir = contentDir.resolve("papers");
        String displayDir = displayBase + "/papers";
        ImportRecord r = new ImportRecord("--title", t, List.of(), false, "", null, id, "", "", "", "", "", "", null,
                List.of(), "", null, List.of());
        Optional<ContentIndex.Known> existing = ContentIndex.of(papersDir, displayDir).find(r);
        if (existing.isPresent()) {
            diags.error(SourcePos.of("--title"), "this paper is already in the digest as " + existing.get().name(),
                    "edit that file instead");
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("---\n")
                .append(FrontMatterWriter.text("title", t))
                .append("authors: []\n")
                .append("date: \n")
                .append("added: ").append(added).append('\n')
                .append(FrontMatterWriter.text("arxiv", id))
                .append("topics: [").append(topics.stream().collect(Collectors.joining(", "))).append("]\n")
                .append("draft: true\n")
                .append("---\n\n");
        Optional<String> unreadable = PaperFiles.problem(text.toString());
        if (unreadable.isPresent()) {
            diags.error(SourcePos.of("--title"), "the file would not build: " + unreadable.get(), "change the title");
            return Optional.empty();
        }
        Files.createDirectories(papersDir);
        String base = Slugs.of(t);
        for (int n = 1; ; n++) {
            String slug = n == 1 ? base : base + "-" + n;
            try {
                Files.writeString(papersDir.resolve(slug + ".md"), text, StandardOpenOption.CREATE_NEW);
                return Optional.of(displayDir + "/" + slug + ".md");
            } catch (FileAlreadyExistsException e) {
                // taken by another paper: next suffix
            }
        }
    }
}
