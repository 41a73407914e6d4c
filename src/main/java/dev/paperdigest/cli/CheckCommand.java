package dev.paperdigest.cli;

import dev.paperdigest.pipeline.Build;
import dev.paperdigest.pipeline.BuildOptions;
import dev.paperdigest.pipeline.BuildResult;
import dev.paperdigest.check.SiteCheck;
import dev.paperdigest.write.SiteWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code check}: builds (unless --no-build) and verifies the site; exit 1 with every problem. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Builds the site (unless --no-build) and checks links, anchors, base path, duplicates, "
                + "empty topics, and that every paper is reachable from topic pages and search.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DigestOptions digest;

    @Option(names = "--out", paramLabel = "DIR", description = "The site folder (default: site/ in the digest's root).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "Overrides base_url of content/site.yaml.")
    String baseUrl;

    @Option(names = "--no-build", description = "Check the site folder as it is, without building it first.")
    boolean noBuild;


    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        Path site = out != null ? out : digest.source.resolve("site");
        if (!noBuild) {
            // rebuilt as the user last built it (base URL, drafts), through the cache, so check
            // never leaves a site built with other settings than theirs
            java.util.Optional<SiteWriter.Built> last = SiteWriter.built(site);
            String url = baseUrl != null ? baseUrl : last.map(SiteWriter.Built::baseUrl).orElse(null);
            boolean drafts = last.map(SiteWriter.Built::drafts).orElse(false);
            BuildResult r;
            try (var lock = BuildCommand.buildLock(digest.source, err)) {
                r = new Build("paper-digest " + Version.current()).run(new BuildOptions(digest.source, site, url, drafts,
                        digest.source.resolve(BuildOptions.CACHE_DIR)));
            }
            err.print(r.diagnostics().report());
            Annotations.build(err, r.diagnostics());
            if (!r.ok()) {
                err.println("check: the build failed; nothing was checked");
                err.flush();
                return ExitCodes.CONTENT;
            }
        }
        java.util.Optional<SiteWriter.Built> built = SiteWriter.built(site);
        if (built.isEmpty()) {
            err.println(site + ": error: not a site built by paper-digest (no " + SiteWriter.MARKER + ")");
            err.flush();
            return ExitCodes.CONTENT;
        }
        String builtFor = built.get().baseUrl();
        List<String> problems = SiteCheck.run(site, builtFor);
        problems.forEach(err::println);
        Annotations.check(err, site, problems);
        if (!problems.isEmpty()) {
            err.println("check: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in " + site);
            err.flush();
            return ExitCodes.CONTENT;
        }
        o.println("check: " + site + " is fine (links, anchors, base path " + builtFor + ", topics, reachability)");
        o.flush();
        err.flush();
        return ExitCodes.OK;
    }
}
