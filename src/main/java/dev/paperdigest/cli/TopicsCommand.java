package dev.paperdigest.cli;

import dev.paperdigest.pipeline.TopicsTool;
import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.importer.TopicsEdit;
import dev.paperdigest.model.TopicAssignment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/** {@code topics}: what the classifier thinks, how good it is, and accepting its suggestions. */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Explains, evaluates and reviews the topic classifier; accepts its suggestions.")
final class TopicsCommand {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "The digest's root folder (default: the current folder).",
            scope = picocli.CommandLine.ScopeType.INHERIT)
    Path source = Path.of(".");

    @Option(names = "--verbose", description = "Show stack traces of internal errors.",
            scope = picocli.CommandLine.ScopeType.INHERIT)
    boolean verbose;

    private int withTool(Function<TopicsTool, Integer> action) {
        Diagnostics diags = new Diagnostics();
        Optional<TopicsTool> tool = TopicsTool.open(source, diags);
        PrintWriter err = spec.commandLine().getErr();
        err.print(diags.report());
        err.flush();
        if (tool.isEmpty()) return ExitCodes.CONTENT;
        int code = action.apply(tool.get());
        spec.commandLine().getOut().flush();
        return code;
    }

    @Command(name = "evaluate", description = "Cross-validates the classifier on the curated papers.")
    int evaluate(@Option(names = "--folds", defaultValue = "5", description = "Folds (default: ${DEFAULT-VALUE}).") int folds) {
        return withTool(t -> {
            spec.commandLine().getOut().print(t.evaluate(folds));
            return ExitCodes.OK;
        });
    }

    /** The paper named on the command line, or its problem printed. */
    private Optional<Integer> find(TopicsTool t, String paper) {
        Diagnostics d = new Diagnostics();
        Optional<Integer> i = t.find(paper, d);
        spec.commandLine().getErr().print(d.report());
        return i;
    }

    @Command(name = "explain", description = "Shows every topic's score for one paper, and why.")
    int explain(@Parameters(paramLabel = "SLUG|FILE") String paper) {
        return withTool(t -> find(t, paper).map(i -> {
            spec.commandLine().getOut().print(t.explain(i));
            return ExitCodes.OK;
        }).orElse(ExitCodes.CONTENT));
    }

    @Command(name = "review", description = "Lists papers without curated topics, least confident first.")
    int review() {
        return withTool(t -> {
            spec.commandLine().getOut().print(t.review());
            return ExitCodes.OK;
        });
    }

    @Command(name = "accept", description = "Writes the suggested topics into a paper's file (only its topics key changes).")
    int accept(@Parameters(paramLabel = "SLUG|FILE") String paper) {
        return withTool(t -> {
            Optional<Integer> i = find(t, paper);
            if (i.isEmpty()) return ExitCodes.CONTENT;
            TopicAssignment a = t.suggest(i.get());
            try {
                if (!TopicsEdit.write(t.file(i.get()), a.topicIds())) {
                    spec.commandLine().getErr().println(t.paper(i.get()).source() + ": error: cannot read its front matter");
                    return ExitCodes.CONTENT;
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            spec.commandLine().getOut().println(t.paper(i.get()).source() + ": topics: [" + String.join(", ", a.topicIds()) + "]");
            return ExitCodes.OK;
        });
    }
}
