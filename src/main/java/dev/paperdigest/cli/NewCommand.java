package dev.paperdigest.cli;

import dev.paperdigest.pipeline.BuildOptions;
import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.importer.NewPaper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code new}: a paper file to fill in. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Writes content/papers/<slug>.md for a new paper (draft: true) and prints its path.")
final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--title", required = true, paramLabel = "TITLE", description = "The paper's title.")
    String title;

    @Option(names = "--arxiv", paramLabel = "ID", description = "Its arXiv id.")
    String arxiv;

    @Option(names = "--topics", split = ",", paramLabel = "ID", description = "Topic ids, primary first (a,b).")
    List<String> topics = new ArrayList<>();

    @Mixin
    DigestOptions digest;

    @Option(names = "--added", paramLabel = "YYYY-MM-DD", description = "Its 'added' date (default: today).")
    LocalDate added;


    @Override
    public Integer call() throws Exception {
        Diagnostics diags = new Diagnostics();
        Optional<String> file = NewPaper.create(digest.source.resolve(BuildOptions.CONTENT_DIR), BuildOptions.CONTENT_DIR,
                title, arxiv, topics, added != null ? added : LocalDate.now(), diags);
        spec.commandLine().getErr().print(diags.report());
        spec.commandLine().getErr().flush();
        if (file.isEmpty()) return ExitCodes.CONTENT;
        spec.commandLine().getOut().println(file.get());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
