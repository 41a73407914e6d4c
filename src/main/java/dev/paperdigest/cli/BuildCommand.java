package dev.paperdigest.cli;

import dev.paperdigest.build.Build;
import dev.paperdigest.build.BuildOptions;
import dev.paperdigest.build.BuildResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code build}: the whole site into the output folder, or every problem and exit 1. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site from content/ into the output folder (default site/).")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "The digest's root folder (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: site/ in the digest's root).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "Overrides base_url of content/site.yaml.")
    String baseUrl;

    @Option(names = "--drafts", description = "Also publish papers marked draft: true.")
    boolean drafts;

    @Option(names = "--timings", description = "Print the wall time of each stage.")
    boolean timings;

    @Option(names = "--verbose", description = "Show stack traces of internal errors.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        Path outDir = out != null ? out : source.resolve("site");
        BuildResult r = new Build("paper-digest " + Version.current()).run(new BuildOptions(source, outDir, baseUrl, drafts));
        var err = spec.commandLine().getErr();
        err.print(r.diagnostics().report());
        Annotations.build(err, r.diagnostics());
        err.flush();
        if (!r.ok()) {
            err.printf("build failed: %d errors, %d warnings; %s was not changed%n",
                    r.diagnostics().errorCount(), r.diagnostics().warningCount(), outDir);
            err.flush();
            return ExitCodes.CONTENT;
        }
        var o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "built %d papers, %d pages, %d files into %s in %d ms (%d warnings)%n",
                r.papers(), r.pages(), r.files(), outDir, r.millis(), r.diagnostics().warningCount());
        if (timings) {
            StringBuilder sb = new StringBuilder("stages:");
            r.stages().forEach((stage, ms) -> sb.append(' ').append(stage).append('=').append(ms).append("ms"));
            o.println(sb);
        }
        o.flush();
        return ExitCodes.OK;
    }
}
