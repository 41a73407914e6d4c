package dev.paperdigest.diag;

import java.util.Comparator;

/**
 * One problem in the user's input: where, how bad, what is wrong, and how to fix it.
 *
 * @param hint how to fix it; may be empty, never null
 */
public record Diagnostic(Severity severity, SourcePos pos, String message, String hint) {

    /** Reports sort by file, then position, then message, so output does not depend on thread timing. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::pos)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        if (severity == null || pos == null || message == null) throw new IllegalArgumentException("null field");
        hint = hint == null ? "" : hint;
    }

    public static Diagnostic error(SourcePos pos, String message, String hint) {
        return new Diagnostic(Severity.ERROR, pos, message, hint);
    }

    public static Diagnostic warning(SourcePos pos, String message, String hint) {
        return new Diagnostic(Severity.WARNING, pos, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The report form: {@code path:line:col: error: message}, then the hint indented on its own line.
     */
    public String format() {
        String head = pos + ": " + severity.label() + ": " + message;
        return hint.isEmpty() ? head : head + "\n  hint: " + hint;
    }
}
