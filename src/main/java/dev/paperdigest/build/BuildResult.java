package dev.paperdigest.build;

import dev.paperdigest.diag.Diagnostics;

/**
 * What a build did.
 *
 * @param written whether the output folder was replaced (false when any error was found)
 */
public record BuildResult(Diagnostics diagnostics, boolean written, int papers, int pages, int files,
                          long millis) {
    public boolean ok() {
        return written && !diagnostics.hasErrors();
    }
}
