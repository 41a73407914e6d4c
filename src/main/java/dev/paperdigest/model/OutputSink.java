package dev.paperdigest.model;

import java.io.IOException;

/**
 * Where rendered files go as soon as they are made, so a build never holds the whole site in memory.
 * Implementations are thread-safe: pages are rendered in parallel.
 */
@FunctionalInterface
public interface OutputSink {
    void accept(OutputFile file) throws IOException;
}
