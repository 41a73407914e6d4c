package dev.paperdigest.importer;

import dev.paperdigest.diag.Diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did (or, in a dry run, would do), line by line, with the counts that close every run.
 * Problems that stopped a whole source are in {@link #diagnostics()}.
 */
public final class ImportReport {
    private final Diagnostics diagnostics = new Diagnostics();
    private final List<String> lines = new ArrayList<>();
    private final List<String> addedFiles = new ArrayList<>();
    private int added;
    private int present;
    private int updated;
    private int rejected;

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** The report lines, in the order things happened. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The files written (or that would be), as named in messages. */
    public List<String> addedFiles() {
        return List.copyOf(addedFiles);
    }

    /** {@code added refs.bib:1030 -> content/papers/x.md}: which record became which file. */
    void added(String where, String file, String verb) {
        added++;
        addedFiles.add(file);
        lines.add(verb + " " + where + " -> " + file);
    }

    void present(String where, String file) {
        present++;
        lines.add(where + ": already present as " + file);
    }

    void updated(String where, String file, List<String> keys, String verb) {
        updated++;
        lines.add(where + ": " + verb + " " + file + " (filled " + String.join(", ", keys) + ")");
    }

    void rejected(ParsedSource.Rejection r) {
        rejected++;
        lines.add(r.format());
    }

    void note(String line) {
        lines.add(line);
    }

    public int added() {
        return added;
    }

    public int present() {
        return present;
    }

    public int updated() {
        return updated;
    }

    public int rejected() {
        return rejected;
    }

    /** The closing line of every run. */
    public String summary() {
        return "import: " + added + " added, " + present + " already present, " + updated + " updated, "
                + rejected + " rejected" + (diagnostics.errorCount() > 0
                ? ", " + diagnostics.errorCount() + " files not imported" : "");
    }
}
