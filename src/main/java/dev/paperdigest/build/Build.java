package dev.paperdigest.build;

import dev.paperdigest.analysis.DocVectors;
import dev.paperdigest.classify.Classification;
import dev.paperdigest.config.ConfigLoader;
import dev.paperdigest.config.DigestConfig;
import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.diag.SourcePos;
import dev.paperdigest.load.ContentLoader;
import dev.paperdigest.model.ClassifiedPaper;
import dev.paperdigest.model.Digest;
import dev.paperdigest.model.Paper;
import dev.paperdigest.model.SiteConfig;
import dev.paperdigest.related.RelatedPapers;
import dev.paperdigest.render.RenderException;
import dev.paperdigest.render.SiteRenderer;
import dev.paperdigest.render.TemplateProblem;
import dev.paperdigest.render.Theme;
import dev.paperdigest.search.SearchIndexBuilder;
import dev.paperdigest.write.OutputFolderException;
import dev.paperdigest.write.SiteWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * Runs the pipeline: config, load, index, classify, related, render and write. Content problems are
 * returned as diagnostics, never thrown; an {@link IOException} means the machine failed us (disk
 * full, ...).
 */
public final class Build {
    private final String generator;

    /** @param generator the tool's name and version, shown in the pages' generator tag */
    public Build(String generator) {
        this.generator = generator;
    }

    public BuildResult run(BuildOptions options) throws IOException {
        long start = System.nanoTime();
        StageClock clock = new StageClock();
        Diagnostics diags = new Diagnostics();
        if (!Files.isDirectory(options.contentDir())) {
            diags.error(SourcePos.of(BuildOptions.CONTENT_DIR), "no content folder in " + options.root().toAbsolutePath().normalize(),
                    "run in a digest's root folder (the one holding content/), or pass --source DIR");
            return failed(diags, start, clock);
        }
        Optional<Prepared> prepared = prepare(options, diags, clock);
        if (prepared.isEmpty() || diags.hasErrors()) return failed(diags, start, clock);
        Optional<Digest> digest = prepared.map(Prepared::digest);

        Optional<Theme> theme = Theme.resolve(options.root(), digest.get().site().theme());
        if (theme.isEmpty()) {
            diags.error(SourcePos.of(BuildOptions.CONTENT_DIR + "/" + ConfigLoader.SITE_FILE),
                    "theme '" + digest.get().site().theme() + "' not found: no folder themes/" + digest.get().site().theme(),
                    "create it, or write theme: default");
            return failed(diags, start, clock);
        }
        SiteWriter writer;
        try {
            writer = SiteWriter.open(options.out(), options.root(), options.contentDir(), digest.get().site().baseUrl());
        } catch (OutputFolderException e) {
            diags.error(SourcePos.of(options.out().toString()), e.getMessage(), e.hint());
            return failed(diags, start, clock);
        }
        try (writer) {
            SiteRenderer.Stats stats;
            try {
                stats = clock.time("render+write", () -> {
                    try {
                        return new SiteRenderer(theme.get(), generator).render(digest.get(), writer);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (RenderException e) {
                        throw new RenderFailure(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            clock.time("search", () -> {
                try {
                    return SearchIndexBuilder.write(digest.get(), prepared.get().vectors(), writer);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            clock.time("commit", () -> {
                try {
                    writer.commit();
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return new BuildResult(diags, true, digest.get().papers().size(), stats.pages(), writer.fileCount(),
                    millisSince(start), clock.millis());
        } catch (RenderFailure f) {
            for (TemplateProblem p : f.problems.problems()) {
                diags.error(SourcePos.of(p.template(), p.line(), p.column()), p.message(),
                        "fix the template; the previous site was left as it was");
            }
            return failed(diags, start, clock);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Carries a checked render failure out of a stage lambda. */
    private static final class RenderFailure extends RuntimeException {
        final transient RenderException problems;

        RenderFailure(RenderException e) {
            super(e.getMessage(), e, false, false);
            this.problems = e;
        }
    }

    /** A digest ready to render, with the index stage's vectors that search reuses. */
    record Prepared(Digest digest, DocVectors vectors) {
    }

    /** The stages before rendering: config, load, index, classify, related. Empty when config is unusable. */
    public Optional<Digest> read(BuildOptions options, Diagnostics diags, StageClock clock) {
        return prepare(options, diags, clock).map(Prepared::digest);
    }

    Optional<Prepared> prepare(BuildOptions options, Diagnostics diags, StageClock clock) {
        DigestConfig config = clock.time("config", () -> ConfigLoader.load(options.contentDir(), BuildOptions.CONTENT_DIR, diags));
        SiteConfig site = config.site();
        if (options.baseUrl() != null) {
            Optional<String> problem = ConfigLoader.baseUrlProblem(options.baseUrl());
            if (problem.isPresent()) {
                diags.error(SourcePos.of("--base-url"), problem.get().replace("'base_url'", "--base-url"),
                        "for example --base-url https://user.github.io/digest/");
            } else {
                site = site.withBaseUrl(ConfigLoader.normaliseBaseUrl(options.baseUrl()));
            }
        }
        if (config.topics().isEmpty()) return Optional.empty();
        List<Paper> papers = clock.time("load", () ->
                ContentLoader.load(options.contentDir(), BuildOptions.CONTENT_DIR, config.topics(), diags)
                        .stream().filter(p -> options.drafts() || !p.draft()).toList());
        if (diags.hasErrors()) return Optional.empty();
        DocVectors vectors = clock.time("index", () -> vectorsOf(papers));
        List<ClassifiedPaper> classified = clock.time("classify",
                () -> Classification.classifyAll(config.topics(), vectors, papers));
        List<List<Integer>> related = clock.time("related", () -> RelatedPapers.compute(vectors, classified));
        return Optional.of(new Prepared(new Digest(site, config.topics(), classified, related), vectors));
    }

    /** The index stage's vectors: title and abstract of every paper, in the digest's order. */
    public static DocVectors vectorsOf(List<Paper> papers) {
        return DocVectors.of(papers.stream().map(p -> new DocVectors.Doc(p.title(), p.abstractText())).toList());
    }

    private static BuildResult failed(Diagnostics diags, long start, StageClock clock) {
        return new BuildResult(diags, false, 0, 0, 0, millisSince(start), clock.millis());
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
