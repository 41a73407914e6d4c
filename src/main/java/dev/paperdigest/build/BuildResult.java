package dev.paperdigest.build;

import dev.paperdigest.diag.Diagnostics;

import java.util.Map;

/**
 * What a build did.
 *
 * @param written whether the output folder was replaced (false when any error was found)
 * @param stages  wall time of each stage that ran, in milliseconds, in order
 */
public record BuildResult(Diagnostics diagnostics, boolean written, int papers, int pages, int files,
                          long millis, Map<String, Long> stages) {
    public boolean ok() {
        return written && !diagnostics.hasErrors();
    }
}
