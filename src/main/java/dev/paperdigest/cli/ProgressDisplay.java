package dev.paperdigest.cli;

import dev.paperdigest.pipeline.BuildProgress;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows a long build's progress: on a terminal, after a second, a line rewritten in place (stage,
 * files written, rate); elsewhere (CI logs), after five seconds, a plain line every five seconds.
 * Quiet for quick builds.
 */
final class ProgressDisplay implements AutoCloseable {
    private final BuildProgress progress;
    private final PrintWriter out;
    private final boolean terminal;
    private final Thread thread;
    private volatile boolean done;
    private boolean shown;

    ProgressDisplay(BuildProgress progress, PrintWriter out, boolean terminal) {
        this.progress = progress;
        this.out = out;
        this.terminal = terminal;
        this.thread = new Thread(this::loop, "paper-digest-progress");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            Thread.sleep(terminal ? 1000 : 5000);
            while (!done) {
                String line = line();
                synchronized (this) {
                    if (done) return;
                    if (terminal) out.print("\r\033[K" + line);
                    else out.println(line);
                    out.flush();
                    shown = true;
                }
                Thread.sleep(terminal ? 200 : 5000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String line() {
        double seconds = Math.max(0.001, progress.elapsedMillis() / 1000.0);
        return String.format(Locale.ROOT, "build: %s, %d files written (%.0f files/s), %.1f s", progress.stage(),
                progress.files(), progress.files() / seconds, seconds);
    }

    @Override
    public synchronized void close() {
        done = true;
        thread.interrupt();
        if (terminal && shown) {
            out.print("\r\033[K");
            out.flush();
        }
    }
}
