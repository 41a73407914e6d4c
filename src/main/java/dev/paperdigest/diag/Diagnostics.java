package dev.paperdigest.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects diagnostics from every stage. Thread-safe, so stages that work in parallel report into one
 * collector. Keeps at most {@link #CAP} entries: past that a broken digest would only bury the first
 * errors, and the count of the rest is still reported.
 */
public final class Diagnostics {
    public static final int CAP = 1000;

    private final List<Diagnostic> items = new ArrayList<>();
    private int dropped;
    private int errors;
    private int warnings;

    public synchronized void add(Diagnostic d) {
        if (d.isError()) errors++; else warnings++;
        if (items.size() < CAP) items.add(d); else dropped++;
    }

    public void error(SourcePos pos, String message, String hint) {
        add(Diagnostic.error(pos, message, hint));
    }

    public void warning(SourcePos pos, String message, String hint) {
        add(Diagnostic.warning(pos, message, hint));
    }

    public synchronized void addAll(Iterable<Diagnostic> ds) {
        for (Diagnostic d : ds) add(d);
    }

    public synchronized boolean hasErrors() {
        return errors > 0;
    }

    public synchronized int errorCount() {
        return errors;
    }

    public synchronized int warningCount() {
        return warnings;
    }

    /** The collected diagnostics in report order (by file and position). */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Diagnostic.ORDER);
        return List.copyOf(copy);
    }

    /** The whole report: one entry per diagnostic, then a line for any beyond the cap. */
    public synchronized String report() {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : sorted()) sb.append(d.format()).append('\n');
        if (dropped > 0) sb.append("... and ").append(dropped).append(" more problems not shown\n");
        return sb.toString();
    }
}
