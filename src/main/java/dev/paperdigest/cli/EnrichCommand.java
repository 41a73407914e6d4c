package dev.paperdigest.cli;

import dev.paperdigest.pipeline.BuildOptions;
import dev.paperdigest.config.ConfigLoader;
import dev.paperdigest.enrich.Enricher;
import dev.paperdigest.enrich.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code enrich}: fills what paper files lack from arXiv, Semantic Scholar and Hugging Face. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Fills what papers lack (arxiv, authors, date, venue, doi, code, project, upvotes, categories) "
                + "from the arXiv API, Semantic Scholar and Hugging Face; never overwrites a value.",
                "A paper is matched by its arXiv id or DOI, or by its exact title (checked against its first author "
                        + "and year when the file has them); anything else is listed for review."})
final class EnrichCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PAPER", description = "Paper files or slugs (default: every paper).")
    List<String> papers = new ArrayList<>();

    @Mixin
    DigestOptions digest;

    @Option(names = "--dry-run", description = "Print what would be filled; write nothing.")
    boolean dryRun;

    @Option(names = "--offline", description = "Answer from the cache only (.paper-digest-cache/enrich/); ask no service.")
    boolean offline;

    @Option(names = "--json", description = "Print the review list as JSON (for tools) instead of text.")
    boolean json;

    @Option(names = "--arxiv-api", paramLabel = "URL", description = "The arXiv API (default: $PAPER_DIGEST_ARXIV_API or "
            + Sources.ARXIV + ").")
    String arxivApi = env("PAPER_DIGEST_ARXIV_API", Sources.ARXIV);

    @Option(names = "--s2-api", paramLabel = "URL", description = "The Semantic Scholar Graph API (default: $PAPER_DIGEST_S2_API or "
            + Sources.S2 + ").")
    String s2Api = env("PAPER_DIGEST_S2_API", Sources.S2);

    @Option(names = "--hf-api", paramLabel = "URL", description = "The Hugging Face API (default: $PAPER_DIGEST_HF_API or "
            + Sources.HF + ").")
    String hfApi = env("PAPER_DIGEST_HF_API", Sources.HF);

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path content = digest.source.resolve(BuildOptions.CONTENT_DIR);
        List<Enricher.Target> targets = targets(content.resolve("papers"), err);
        if (targets == null) return ExitCodes.CONTENT;
        String contact = ConfigLoader.contact(content);
        String agent = "paper-digest/" + Version.current() + " (static site generator for paper digests"
                + (contact.isEmpty() ? "" : "; " + (contact.contains("@") && !contact.startsWith("mailto:") ? "mailto:" : "") + contact) + ")";
        Sources sources = Sources.defaults(env("S2_API_KEY", ""), agent).withApis(arxivApi, s2Api, hfApi);
        if (contact.isEmpty()) {
            err.println("enrich: warning: site.yaml has no 'contact:'; arXiv asks API users to say who they are (add contact: you@example.org)");
        }
        boolean terminal = System.console() != null;
        Enricher enricher = new Enricher(sources, digest.source.resolve(BuildOptions.CACHE_DIR).resolve("enrich"), offline, dryRun);
        Enricher.Result r = enricher.run(targets, p -> {
            String line = String.format(Locale.ROOT, "enrich %d/%d (arXiv 1 req/%d s, about %s left)", p.done(), p.total(),
                    sources.arxivGap().toSeconds(), duration(p.secondsLeft()));
            if (terminal) err.print("\r\033[K" + line);
            else if (p.done() % 10 == 0 || p.done() == p.total()) err.println(line);
            err.flush();
        });
        if (terminal) err.print("\r\033[K");
        r.lines().forEach(out::println);
        if (json) out.println(EnrichJson.of(r.reviews()));
        else r.reviews().forEach(v -> out.println(v.format()));
        out.println(summary(r));
        out.flush();
        if (r.stopped() != null) {
            err.println("enrich: stopped after " + r.done() + " of " + r.total() + " papers: " + r.stopped());
            err.println("  hint: what was found so far is written; run enrich again to go on (answers are cached)");
            err.flush();
            return ExitCodes.CONTENT;
        }
        err.flush();
        return ExitCodes.OK;
    }

    /** The papers named on the command line (files or slugs), or every paper; null after an error. */
    private List<Enricher.Target> targets(Path papersDir, PrintWriter err) throws IOException {
        List<Enricher.Target> out = new ArrayList<>();
        if (papers.isEmpty()) {
            if (!Files.isDirectory(papersDir)) return out;
            try (Stream<Path> s = Files.list(papersDir)) {
                for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                    out.add(new Enricher.Target(p, BuildOptions.CONTENT_DIR + "/papers/" + p.getFileName()));
                }
            }
            return out;
        }
        boolean ok = true;
        for (String name : papers) {
            Path file = name.endsWith(".md") ? Path.of(name) : papersDir.resolve(name + ".md");
            if (!Files.isRegularFile(file)) {
                err.println(name + ": error: no such paper");
                err.println("  hint: name a file under " + BuildOptions.CONTENT_DIR + "/papers/ or its slug");
                ok = false;
            } else {
                out.add(new Enricher.Target(file, name.endsWith(".md") ? name : BuildOptions.CONTENT_DIR + "/papers/" + name + ".md"));
            }
        }
        err.flush();
        return ok ? out : null;
    }

    private static String duration(long seconds) {
        return seconds < 90 ? seconds + " s" : (seconds + 30) / 60 + " min";
    }

    static String summary(Enricher.Result r) {
        StringBuilder sb = new StringBuilder("enrich: ").append(r.done()).append(" of ").append(r.total()).append(" papers looked at");
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> e : r.filled().entrySet()) if (e.getValue() > 0) parts.add(e.getKey() + " " + e.getValue());
        sb.append(parts.isEmpty() ? ", nothing filled" : "; filled " + String.join(", ", parts));
        sb.append("; ").append(r.reviews().size()).append(" to review; ").append(r.requests()).append(" requests");
        return sb.toString();
    }
}
