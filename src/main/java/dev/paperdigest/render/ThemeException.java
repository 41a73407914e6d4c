package dev.paperdigest.render;

import java.util.List;

/**
 * The theme's static files cannot be published as they are: a name no URL or file system carries,
 * a link out of the theme, a file in the place of a page or data file the build makes. Carries
 * every problem found; the pipeline turns them into diagnostics.
 */
public final class ThemeException extends RuntimeException {
    /** One problem: the theme file (as messages name it), what is wrong, what to do. */
    public record Problem(String file, String message, String hint) {
    }

    private final transient List<Problem> problems;

    public ThemeException(List<Problem> problems) {
        super(problems.isEmpty() ? "theme problem" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
