package dev.paperdigest.model;

/**
 * One file of the built site.
 *
 * @param path relative to the output folder, with {@code /} separators ({@code papers/x/index.html})
 */
public record OutputFile(String path, byte[] content) {
}
