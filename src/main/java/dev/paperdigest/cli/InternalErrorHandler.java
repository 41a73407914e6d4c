package dev.paperdigest.cli;

import picocli.CommandLine;

/**
 * A bug or machine failure reaches the user as one line naming the problem; the stack trace only
 * with {@code --verbose}, which is where a bug report needs it.
 */
final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        var err = cl.getErr();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                // thrown on a worker thread, it arrives wrapped; the user still needs what to do
                Main.outOfMemory(err);
                return ExitCodes.INTERNAL;
            }
        }
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        err.println("paper-digest: internal error: " + what.lines().findFirst().orElse(""));
        if (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose")
                || parsed.hasMatchedOption("--verbose")) {
            e.printStackTrace(err);
        } else {
            err.println("  (run again with --verbose for the details)");
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }
}
