/**
 * The command line: one picocli class per verb, each a thin {@code Callable<Integer>} that parses
 * options, calls the pipeline and prints through the injected writers. Only this package imports picocli.
 * Exit codes: {@link dev.paperdigest.cli.ExitCodes}.
 */
package dev.paperdigest.cli;
