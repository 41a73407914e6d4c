package dev.paperdigest.render;

import java.util.List;

/**
 * Rendering stopped: the theme's templates are broken. Carries every distinct problem found. Unchecked:
 * the pipeline's one catch turns it into diagnostics, and no stage in between has anything to do with it.
 */
public final class RenderException extends RuntimeException {
    private final transient List<TemplateProblem> problems;

    public RenderException(List<TemplateProblem> problems) {
        super(problems.isEmpty() ? "template error" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<TemplateProblem> problems() {
        return problems;
    }
}
