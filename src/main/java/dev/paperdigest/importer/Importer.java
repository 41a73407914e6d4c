package dev.paperdigest.importer;

import dev.paperdigest.diag.SourcePos;
import dev.paperdigest.text.SamePaper;
import dev.paperdigest.text.Slugs;
import dev.paperdigest.text.Texts;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Imports sources into {@code content/papers/}. A record already in the digest (same arXiv id, DOI or
 * normalised title, including records earlier in this run) is reported with the existing file and not
 * written; with {@code update} it only fills what that file lacks. New files are created with
 * {@code CREATE_NEW}, so nothing is ever overwritten. A source with a syntax error writes nothing.
 */
public final class Importer {
    /** Sources larger than this are refused rather than read into memory. */
    public static final long MAX_SOURCE_BYTES = 64L * 1024 * 1024;

    /** How to import. */
    public record Options(LocalDate added, boolean update, boolean dryRun, SourceFormat format) {
    }

    private final Path papersDir;
    private final String displayDir;
    private final Options options;
    private final ContentIndex index;
    private final Set<String> slugsTaken = new HashSet<>();
    private final ImportReport report = new ImportReport();

    /**
     * @param papersDir  {@code content/papers/}; created when the first file is written
     * @param displayDir how messages name it
     */
    public Importer(Path papersDir, String displayDir, Options options) throws IOException {
        this.papersDir = papersDir;
        this.displayDir = displayDir;
        this.options = options;
        this.index = ContentIndex.of(papersDir, displayDir);
        for (String name : index.unreadable()) {
            report.diagnostics().warning(SourcePos.of(name), "cannot read its title, so duplicates of it are not detected",
                    "run 'paper-digest build' to see what is wrong with it");
        }
    }

    public ImportReport report() {
        return report;
    }

    /** Imports one source file. */
    public void importFile(Path source, String display) throws IOException {
        if (Files.size(source) > MAX_SOURCE_BYTES) {
            report.diagnostics().error(SourcePos.of(display), "file is larger than "
                    + MAX_SOURCE_BYTES / (1024 * 1024) + " MB", "split it into smaller files");
            return;
        }
        importBytes(Files.readAllBytes(source), display);
    }

    /** Imports one source given as bytes (standard input). */
    public void importBytes(byte[] bytes, String display) throws IOException {
        if (bytes.length > MAX_SOURCE_BYTES) {
            report.diagnostics().error(SourcePos.of(display), "input is larger than "
                    + MAX_SOURCE_BYTES / (1024 * 1024) + " MB", "split it into smaller files");
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            report.diagnostics().error(SourcePos.of(display), "not valid UTF-8 text", "save the file as UTF-8");
            return;
        }
        text = Texts.stripBom(text);
        SourceFormat format = options.format() != null ? options.format() : SourceFormat.detect(text);
        int errorsBefore = report.diagnostics().errorCount();
        ParsedSource parsed = format.parse(text, display, report.diagnostics());
        if (report.diagnostics().errorCount() > errorsBefore) return;
        for (ParsedSource.Item item : parsed.items()) {
            String where = item.record() != null ? item.record().where() : item.rejection().where();
            for (String w : item.warnings()) {
                report.diagnostics().warning(SourcePos.of(where), w, "the rest of the record is imported as it is");
            }
            if (item.record() != null) importRecord(item.record());
            else report.rejected(item.rejection());
        }
    }

    private void importRecord(ImportRecord r) throws IOException {
        Optional<ContentIndex.Known> known = index.find(r);
        if (known.isPresent()) {
            ContentIndex.Known k = known.get();
            if (options.update() && k.file() != null) {
                Optional<PaperFiles.Update> u = PaperFiles.update(k.file(), r);
                Optional<String> unreadable = u.flatMap(up -> PaperFiles.problem(up.text()));
                if (unreadable.isPresent()) {
                    report.rejected(new ParsedSource.Rejection(r.where(), "updating " + k.name()
                            + " would make it unreadable: " + unreadable.get()));
                    return;
                }
                if (u.isPresent()) {
                    if (!options.dryRun()) PaperFiles.replace(k.file(), u.get().text());
                    report.updated(r.where(), k.name(), u.get().keys(), options.dryRun() ? "would update" : "updated");
                    return;
                }
            }
            report.present(r.where(), k.name());
            return;
        }
        String content = PaperFiles.newFile(r, options.added());
        Optional<String> unreadable = PaperFiles.problem(content);
        if (unreadable.isPresent()) {
            // never happens for what RecordBuilder cleans; if it ever does, the file is not written
            report.rejected(new ParsedSource.Rejection(r.where(), "the file it would make cannot be built: " + unreadable.get()));
            return;
        }
        List<ContentIndex.Known> sameTitle = index.sameTitle(r);
        int year = r.date() == null ? 0 : r.date().year();
        String name = write(Slugs.of(r.title()), sameTitle.isEmpty() ? 0 : year, content);
        index.add(new ContentIndex.Known(name, options.dryRun() ? null : papersDir.resolve(name.substring(displayDir.length() + 1)),
                year, r.arxiv()), r.title(), r.doi());
        report.added(r.where(), name, options.dryRun() ? "would add" : "added");
        if (!sameTitle.isEmpty()) {
            ContentIndex.Known other = sameTitle.get(0);
            report.note("    (the same title as " + other.name() + ", but "
                    + (year != 0 && other.year() != 0 && Math.abs(year - other.year()) >= SamePaper.YEARS_APART
                    ? "of " + year + ", not " + other.year()
                    : "arXiv " + r.arxiv() + ", not " + other.arxiv()) + ": imported as a different paper)");
        }
        if (options.dryRun()) content.lines().forEach(l -> report.note("    " + l));
    }

    /**
     * Writes {@code content} under the first free slug ({@code slug}, then {@code slug-YEAR} when
     * another paper has the title, then {@code slug-2}, ...); returns its name.
     */
    private String write(String base, int year, String content) throws IOException {
        if (!options.dryRun()) Files.createDirectories(papersDir);
        for (int n = year != 0 ? 0 : 1; ; n++) {
            String slug = n == 0 ? base + "-" + year : n == 1 ? base : base + "-" + n;
            if (n == 0 && !Slugs.isValid(slug)) continue;
            Path file = papersDir.resolve(slug + ".md");
            if (!slugsTaken.add(slug)) continue;
            if (options.dryRun()) {
                if (Files.exists(file)) continue;
                return displayDir + "/" + slug + ".md";
            }
            try {
                Files.writeString(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return displayDir + "/" + slug + ".md";
            } catch (FileAlreadyExistsException e) {
                // another paper has this slug: try the next suffix
            }
        }
    }
}
