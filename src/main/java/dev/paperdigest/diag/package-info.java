/**
 * Diagnostics as data: a problem found in the user's input is a {@link dev.paperdigest.diag.Diagnostic}
 * with a {@link dev.paperdigest.diag.SourcePos}, collected in {@link dev.paperdigest.diag.Diagnostics}
 * so one run reports every problem. Depends on nothing else in the project.
 */
package dev.paperdigest.diag;
