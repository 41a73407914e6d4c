package dev.paperdigest.importer;

import dev.paperdigest.diag.Diagnostics;

import java.util.List;

/**
 * What an import did.
 *
 * @param added   the files written, as the user would name them
 * @param present for each record already in the digest: where it came from and the existing file
 */
public record ImportReport(List<String> added, List<String> present, Diagnostics diagnostics) {
    public ImportReport {
        added = List.copyOf(added);
        present = List.copyOf(present);
    }

    /** The closing line of every import run. */
    public String summary() {
        return "import: " + added.size() + " added, " + present.size() + " already present, "
                + diagnostics.warningCount() + " skipped with a warning, " + diagnostics.errorCount() + " errors";
    }
}
