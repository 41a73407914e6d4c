package dev.paperdigest.cli;

/** The process exit codes, the same for every verb. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The content (or a template) has errors; they were printed. */
    public static final int CONTENT = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** A bug or a machine failure: one line, the stack trace with --verbose. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
