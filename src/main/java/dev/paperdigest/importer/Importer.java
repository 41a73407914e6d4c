package dev.paperdigest.importer;

import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.diag.SourcePos;
import dev.paperdigest.load.FrontMatter;
import dev.paperdigest.text.Slugs;
import dev.paperdigest.text.Texts;
import dev.paperdigest.yaml.Yaml;
import dev.paperdigest.yaml.YamlNode;
import dev.paperdigest.yaml.YamlSyntaxException;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Imports source files into {@code content/papers/}. A record whose normalised title is already in
 * the digest is reported with the existing file and not written; new files are created with
 * {@code CREATE_NEW}, so nothing is ever overwritten. A source with errors writes nothing.
 */
public final class Importer {
    private final Path papersDir;
    private final String displayDir;
    private final LocalDate added;

    /**
     * @param papersDir  {@code content/papers/}; created if missing
     * @param displayDir how messages name it
     * @param added      the {@code added} date written into new files
     */
    public Importer(Path papersDir, String displayDir, LocalDate added) {
        this.papersDir = papersDir;
        this.displayDir = displayDir;
        this.added = added;
    }

    public ImportReport importSeed(Path source, String display) throws IOException {
        Diagnostics diags = new Diagnostics();
        String text;
        try {
            text = Files.readString(source);
        } catch (CharacterCodingException e) {
            diags.error(SourcePos.of(display), "not valid UTF-8 text", "save the file as UTF-8");
            return new ImportReport(List.of(), List.of(), diags);
        }
        List<ImportRecord> records = SeedFormat.parse(text, display, diags);
        if (diags.hasErrors()) return new ImportReport(List.of(), List.of(), diags);
        return write(records, display, diags);
    }

    private ImportReport write(List<ImportRecord> records, String display, Diagnostics diags) throws IOException {
        Map<String, String> existingByTitle = existingTitles(diags);
        List<String> addedFiles = new ArrayList<>();
        List<String> present = new ArrayList<>();
        Files.createDirectories(papersDir);
        for (ImportRecord r : records) {
            String existing = existingByTitle.get(Texts.titleKey(r.title()));
            if (existing != null) {
                present.add(display + ":" + r.line() + ": already present as " + existing);
                continue;
            }
            String content = new FrontMatterWriter()
                    .text("title", r.title())
                    .date("added", added)
                    .withBody(r.abstractText());
            String base = Slugs.of(r.title());
            for (int n = 1; ; n++) {
                String slug = n == 1 ? base : base + "-" + n;
                Path file = papersDir.resolve(slug + ".md");
                try {
                    Files.writeString(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    String name = displayDir + "/" + slug + ".md";
                    addedFiles.add(name);
                    existingByTitle.put(Texts.titleKey(r.title()), name);
                    break;
                } catch (FileAlreadyExistsException e) {
                    // another paper has this slug: try the next suffix
                }
            }
        }
        return new ImportReport(addedFiles, present, diags);
    }

    /** Normalised title to file, for every paper already in the digest. */
    private Map<String, String> existingTitles(Diagnostics diags) throws IOException {
        Map<String, String> out = new HashMap<>();
        if (!Files.isDirectory(papersDir)) return out;
        List<Path> files;
        try (Stream<Path> s = Files.list(papersDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        for (Path p : files) {
            String name = displayDir + "/" + p.getFileName();
            String title = titleOf(p);
            if (title.isEmpty()) {
                diags.warning(SourcePos.of(name), "cannot read its title, so duplicates of it are not detected",
                        "run 'paper-digest build' to see what is wrong with it");
                continue;
            }
            out.putIfAbsent(Texts.titleKey(title), name);
        }
        return out;
    }

    private static String titleOf(Path file) {
        try {
            String text = Files.readString(file).replace("\r\n", "\n");
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            var fm = FrontMatter.split(text);
            if (fm.isEmpty()) return "";
            YamlNode root = Yaml.parse(fm.get().yaml(), fm.get().firstLine());
            if (root instanceof YamlNode.MapNode m && m.get("title") instanceof YamlNode.Scalar s) return s.text();
        } catch (IOException | YamlSyntaxException e) {
            return "";
        }
        return "";
    }
}
