package dev.paperdigest.pipeline;

import dev.paperdigest.diag.Diagnostics;

import java.util.Map;

/**
 * What a build did.
 *
 * @param written  whether the output folder is now the site of the content (false when any error was found)
 * @param papers   papers published, or -1 when the cache showed nothing changed and nothing was done
 * @param files    files in the site
 * @param stages   wall time of each stage that ran, in milliseconds, in order
 * @param rendered pages rendered by this build
 * @param changed  files written or deleted by this build
 */
public record BuildResult(Diagnostics diagnostics, boolean written, int papers, int pages, int files,
                          long millis, Map<String, Long> stages, int rendered, int changed) {
    public BuildResult(Diagnostics diagnostics, boolean written, int papers, int pages, int files, long millis,
                       Map<String, Long> stages) {
        this(diagnostics, written, papers, pages, files, millis, stages, 0, 0);
    }

    public boolean ok() {
        return written && !diagnostics.hasErrors();
    }

    /** Nothing changed since the build the cache describes, so nothing was done. */
    public boolean upToDate() {
        return papers < 0;
    }
}
