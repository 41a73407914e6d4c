package dev.paperdigest.render;

/**
 * A theme template failed to parse or to render.
 *
 * @param template the template file as the user would name it
 * @param line     1-based, 0 if unknown
 * @param column   1-based, 0 if unknown
 */
public record TemplateProblem(String template, int line, int column, String message) {
}
