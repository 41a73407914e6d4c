package dev.paperdigest.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options every verb that works on a digest shares. */
final class DigestOptions {
    @Option(names = "--source", paramLabel = "DIR", description = "The digest's root folder (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = "--verbose", description = "Show stack traces of internal errors.")
    boolean verbose;
}
