package dev.paperdigest.cli;

import dev.paperdigest.serve.DevServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code serve}: live preview until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site into memory, serves it, and rebuilds and reloads pages when content/ or themes/ change.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DigestOptions digest;

    @Option(names = "--port", defaultValue = "8000", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--base-url", paramLabel = "URL", description = "Base URL (default: http://BIND:PORT/).")
    String baseUrl;

    @Option(names = "--drafts", description = "Also show papers marked draft: true.")
    boolean drafts;


    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        DevServer server;
        try {
            server = new DevServer(digest.source, bind, port, baseUrl, drafts, "paper-digest " + Version.current(), out);
        } catch (BindException e) {
            spec.commandLine().getErr().printf("serve: port %d on %s is in use (%s)%n  hint: stop the other server, or pass"
                    + " --port %d (or --port 0 for any free port)%n", port, bind, e.getMessage(), port + 1);
            spec.commandLine().getErr().flush();
            return ExitCodes.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception ignored) {
                // exiting anyway
            }
            stopped.countDown();
        }, "paper-digest-stop"));
        server.start();
        out.println("serving " + server.url() + " (Ctrl-C to stop)");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
