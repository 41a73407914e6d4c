package dev.paperdigest.cli;

import dev.paperdigest.pipeline.Build;
import dev.paperdigest.pipeline.BuildOptions;
import dev.paperdigest.pipeline.BuildProgress;
import dev.paperdigest.pipeline.BuildResult;
import dev.paperdigest.write.DigestLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    DigestOptions digest;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: site/ in the digest's root).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "Overrides base_url of content/site.yaml.")
    String baseUrl;

    @Option(names = "--drafts", description = "Also publish papers marked draft: true.")
    boolean drafts;

    @Option(names = "--no-cache", description = "Build from scratch; do not read or write the cache.")
    boolean noCache;

    @Option(names = "--cache", paramLabel = "DIR", description = "Cache folder for repeat builds (default: .paper-digest-cache/).")
    Path cacheDir;

    @Option(names = "--timings", description = "Print the wall time of each stage.")
    boolean timings;


    /**
     * The digest's build lock, so two builds never interleave their writes (the second waits, saying
     * so); none where the lock file cannot be made (a read-only digest builds as before).
     */
    static DigestLock buildLock(Path root, java.io.PrintWriter err) {
        return DigestLock.acquireIfPossible("build", root, root.resolve(BuildOptions.CACHE_DIR), m -> {
            err.println(m);
            err.flush();
        });
    }

    @Override
    public Integer call() throws Exception {
        Path outDir = out != null ? out : digest.source.resolve("site");
        Path cache = noCache ? null : cacheDir != null ? cacheDir : digest.source.resolve(BuildOptions.CACHE_DIR);
        BuildProgress progress = new BuildProgress();
        BuildResult r;
        ProgressDisplay display = new ProgressDisplay(progress, spec.commandLine().getErr(), System.console() != null);
        var lockErr = spec.commandLine().getErr();
        try (DigestLock lock = buildLock(digest.source, lockErr)) {
            r = new Build("paper-digest " + Version.current()).run(new BuildOptions(digest.source, outDir, baseUrl, drafts, cache), progress);
            // the site just built is not the one a later cached build would take the folder for
            if (noCache && r.ok()) {
                Build.forgetCache(cacheDir != null ? cacheDir : digest.source.resolve(BuildOptions.CACHE_DIR), outDir);
            }
        } finally {
            display.close();
        }
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
        if (r.upToDate()) {
            o.printf(Locale.ROOT, "%s is up to date (%d files; nothing changed since the last build) in %d ms%n",
                    outDir, r.files(), r.millis());
        } else {
            o.printf(Locale.ROOT, "built %d papers, %d pages (%d rendered), %d files (%d written) into %s in %d ms, %.0f pages/s"
                            + " (%d warnings)%n", r.papers(), r.pages(), r.rendered(), r.files(), r.changed(), outDir, r.millis(),
                    r.pages() * 1000.0 / Math.max(1, r.millis()), r.diagnostics().warningCount());
        }
        if (timings) {
            StringBuilder sb = new StringBuilder("stages:");
            r.stages().forEach((stage, ms) -> sb.append(' ').append(stage).append('=').append(ms).append("ms"));
            o.println(sb);
        }
        o.flush();
        return ExitCodes.OK;
    }
}
