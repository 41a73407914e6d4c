package dev.paperdigest.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** {@code paper-digest}: lists its verbs; each verb is its own class. */
@Command(name = "paper-digest", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a searchable static site from a folder of research-paper files.",
        subcommands = {BuildCommand.class, CheckCommand.class, EnrichCommand.class, ImportCommand.class, NewCommand.class, ServeCommand.class,
                TopicsCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Launcher.dieWithLauncher();
        java.util.OptionalInt launched = Launcher.relaunch(args);
        if (launched.isPresent()) System.exit(launched.getAsInt());
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs a command line with the given writers; returns the exit code. Used by tests too. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(new InternalErrorHandler());
        cl.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        cl.getCommandSpec().exitCodeOnExecutionException(ExitCodes.INTERNAL);
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // an Error passes picocli's handler; the user still gets one line and what to do
            outOfMemory(err);
            code = ExitCodes.INTERNAL;
        } catch (StackOverflowError e) {
            // a shape of input no bound knows yet: one line, the trace only with --verbose
            err.println("paper-digest: internal error: the input nests too deeply (stack overflow)");
            if (java.util.Arrays.asList(args).contains("--verbose")) e.printStackTrace(err);
            else err.println("  (run again with --verbose for the details, and report it: no input should do this)");
            code = ExitCodes.INTERNAL;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** One line and what to do, for an out-of-memory error wherever it was thrown. */
    static void outOfMemory(PrintWriter err) {
        err.println("paper-digest: internal error: out of memory (Java heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB)");
        err.println("  hint: give Java more memory, e.g. PAPER_DIGEST_JAVA_OPTIONS=-Xmx8g java -jar paper-digest.jar ...");
        err.flush();
    }

    @Override
    public void run() {
        // no verb: show what the verbs are
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
