package dev.paperdigest.pipeline;

import dev.paperdigest.analysis.DocVectors;
import dev.paperdigest.classify.Classification;
import dev.paperdigest.config.ConfigLoader;
import dev.paperdigest.config.DigestConfig;
import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.diag.SourcePos;
import dev.paperdigest.load.ContentLoader;
import dev.paperdigest.model.ClassifiedPaper;
import dev.paperdigest.model.Digest;
import dev.paperdigest.model.OutputFile;
import dev.paperdigest.model.OutputSink;
import dev.paperdigest.model.Paper;
import dev.paperdigest.model.SiteConfig;
import dev.paperdigest.related.RelatedPapers;
import dev.paperdigest.render.RenderException;
import dev.paperdigest.render.SiteRenderer;
import dev.paperdigest.render.TemplateProblem;
import dev.paperdigest.render.Theme;
import dev.paperdigest.render.ThemeException;
import dev.paperdigest.search.SearchIndexBuilder;
import dev.paperdigest.write.OutputFolderException;
import dev.paperdigest.write.SiteWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Runs the pipeline: config, load, index, classify, related, render, search and write. Content
 * problems are returned as diagnostics, never thrown; an {@link IOException} means the machine
 * failed us (disk full, ...).
 *
 * <p>With a cache folder, a repeat build whose inputs are unchanged does nothing, and one with
 * changes renders only the pages whose model changed and writes only the files whose bytes changed;
 * the output is the same bytes as a clean build. Without one (or when the cache does not match the
 * output folder), the site is built into a staging folder and swapped in whole.
 */
public final class Build {
    private final String generator;

    /** @param generator the tool's name and version, shown in the pages' generator tag */
    public Build(String generator) {
        this.generator = generator;
    }

    public BuildResult run(BuildOptions options) throws IOException {
        return run(options, new BuildProgress());
    }

    /**
     * The build: look at the cache, read and analyse the content, plan the site, publish it to a
     * target (a staging folder for a clean build, a patch of the site for a repeat one), and leave
     * the cache for the next build.
     */
    public BuildResult run(BuildOptions options, BuildProgress progress) throws IOException {
        long start = System.nanoTime();
        StageClock clock = new StageClock(progress);
        Diagnostics diags = new Diagnostics();
        if (!Files.isDirectory(options.contentDir())) {
            diags.error(SourcePos.of(BuildOptions.CONTENT_DIR), "no content folder in " + options.root().toAbsolutePath().normalize(),
                    "run in a digest's root folder (the one holding content/), or pass --source DIR");
            return failed(diags, start, clock);
        }
        Path out = options.out().toAbsolutePath().normalize();
        CacheLook look = options.cacheDir() == null ? null : clock.time("cache", () -> CacheLook.of(options, out, fingerprintExtra(options, out)));
        if (look != null && look.upToDate()) {
            return new BuildResult(diags, true, -1, 0, look.state().get().files().size(), millisSince(start), clock.millis());
        }
        CompletableFuture<List<OutputFile>> search = new CompletableFuture<>();
        Optional<Prepared> prepared = prepare(options, diags, clock, look == null ? null : look.paperStats(), null,
                (topics, papers, vectors) -> searchOnSideThread(clock, search, topics, papers, vectors));
        if (prepared.isEmpty() || diags.hasErrors()) return failed(diags, start, clock);
        Digest digest = prepared.get().digest();
        Optional<Theme> theme = clock.time("theme", () -> theme(options, digest.site(), diags));
        if (theme.isEmpty()) return failed(diags, start, clock);
        SiteRenderer renderer = clock.time("theme", () -> new SiteRenderer(theme.get(), generator));
        if (!staticFilesUsable(renderer, diags)) return failed(diags, start, clock);
        SiteRenderer.Plan plan = clock.time("plan", () -> renderer.plan(digest));
        SiteOutputs outputs = new SiteOutputs(renderer, plan, digest.site().baseUrl(), options.drafts(), search);
        // a repeat build needs the page hashes to choose what to render; a clean build only keeps
        // them for the next one, and works them out on the second thread while pages render
        Map<String, String> pageHashes = new ConcurrentHashMap<>();
        Optional<Previous> previous = look == null ? Optional.empty() : look.previous();
        if (previous.isPresent()) {
            pageHashes.putAll(clock.time("plan", () -> pageHashes(plan, renderer.templateFingerprints(), digest.papers())));
            Previous was = previous.get();
            long changed = plan.pages().stream().filter(p -> was.mustRender(p.output(), pageHashes.get(p.output()))).count();
            // most pages changed (a layout edit, a new topic count on every page): a clean build is faster
            // than moving that many files in one by one, and as exact
            if (changed * 2 > plan.pages().size()) previous = Optional.empty();
        }
        Optional<Previous> patchOver = previous;
        Optional<Target> target = clock.time("write", () -> target(options, out, patchOver, look == null ? Map.of() : look.siteNow(), digest, diags, progress));
        if (target.isEmpty()) return failed(diags, start, clock);
        int rendered;
        try {
            rendered = publish(outputs, target.get(), pageHashes, digest.papers(), options.cacheDir(), look != null, clock);
        } catch (RenderException e) {
            target.get().abort();
            for (TemplateProblem p : e.problems()) {
                diags.error(SourcePos.of(p.template(), p.line(), p.column()), p.message(),
                        "fix the template; the previous site was left as it was");
            }
            return failed(diags, start, clock);
        } catch (ThemeException e) {
            target.get().abort();
            report(e, diags);
            return failed(diags, start, clock);
        } catch (IOException | RuntimeException | Error e) {
            target.get().abort();
            throw e;
        }
        Map<String, String> files = target.get().hashes();
        if (look != null) {
            clock.run("cache", () -> BuildCache.write(options.cacheDir(),
                    new BuildCache.State(look.fingerprint(), out.toString(), pageHashes, files, target.get().site())));
        }
        return new BuildResult(diags, true, digest.papers().size(), plan.pages().size(), files.size(),
                millisSince(start), clock.millis(), rendered, target.get().changed());
    }

    /**
     * Where this build's outputs go: a patch of the site over what it holds ({@code previous}), else a
     * staging folder; empty (and an error in {@code diags}) when the folder is refused.
     */
    private static Optional<Target> target(BuildOptions options, Path out, Optional<Previous> previous, Map<String, String> siteNow,
                                           Digest digest, Diagnostics diags, BuildProgress progress) throws IOException {
        if (previous.isPresent()) {
            return Optional.of(new PatchTarget(new SiteWriter.Patch(out), previous.get(), siteNow, progress));
        }
        try {
            return Optional.of(new StagingTarget(SiteWriter.open(options.out(), options.root(), options.contentDir(),
                    digest.site().baseUrl(), options.drafts()), progress));
        } catch (OutputFolderException e) {
            diags.error(SourcePos.of(options.out().toString()), e.getMessage(), e.hint());
            return Optional.empty();
        }
    }

    /**
     * Publishes every output of the site to {@code target} and commits it: the pages the target's
     * previous content calls for, on every core, while a second thread makes everything else.
     * Fills {@code pageHashes} (when {@code hashing}); returns the number of pages rendered.
     */
    private static int publish(SiteOutputs outputs, Target target, Map<String, String> pageHashes,
                               List<ClassifiedPaper> papers, Path cacheDir, boolean hashing, StageClock clock) throws IOException {
        SiteRenderer.Plan plan = outputs.plan();
        Previous previous = target.previous();
        boolean clean = previous == Previous.NONE;
        List<SiteRenderer.Page> toRender = clean ? plan.pages()
                : plan.pages().stream().filter(p -> previous.mustRender(p.output(), pageHashes.get(p.output()))).toList();
        if (!clean) {
            java.util.Set<String> rendering = new java.util.HashSet<>();
            for (SiteRenderer.Page p : toRender) rendering.add(p.output());
            for (SiteRenderer.Page p : plan.pages()) if (!rendering.contains(p.output())) target.keep(p.output());
        }
        CompletableFuture<Void> rest = runOnSideThread(() -> {
            outputs.rest(target, clock);
            if (hashing && pageHashes.isEmpty()) clock.run("plan", () -> pageHashes.putAll(pageHashes(plan, outputs.renderer().templateFingerprints(), papers)));
        });
        try {
            clock.run("render+write", () -> outputs.pages(toRender, target));
        } finally {
            join(rest);
        }
        // the cache goes before the site changes and comes back after: a build killed in between is
        // followed by a clean one, never by a repeat build trusting a state the folder no longer has
        if (cacheDir != null) BuildCache.forget(cacheDir);
        clock.run("commit", target::commit);
        return toRender.size();
    }

    /** Whether the theme's static files can be published; their problems go to {@code diags}. */
    static boolean staticFilesUsable(SiteRenderer renderer, Diagnostics diags) {
        try {
            renderer.staticFiles();
            return true;
        } catch (ThemeException e) {
            report(e, diags);
            return false;
        }
    }

    static void report(ThemeException e, Diagnostics diags) {
        for (ThemeException.Problem p : e.problems()) diags.error(SourcePos.of(p.file()), p.message(), p.hint());
    }

    /** Starts the search index on a second thread as soon as papers are classified: it needs no page. */
    static void searchOnSideThread(StageClock clock, CompletableFuture<List<OutputFile>> search,
                                           List<dev.paperdigest.model.Topic> topics, List<ClassifiedPaper> papers, DocVectors vectors) {
        runOnSideThread(() -> {
            List<OutputFile> files = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            clock.run("search", () -> SearchIndexBuilder.write(topics, papers, vectors, files::add));
            search.complete(files);
        }).whenComplete((ok, e) -> {
            if (e != null) search.completeExceptionally(e instanceof CompletionException c && c.getCause() != null ? c.getCause() : e);
        });
    }

    /** Runs {@code step} on a daemon thread of its own (a build that fails never waits for it to exit). */
    static CompletableFuture<Void> runOnSideThread(StageClock.Step<IOException> step) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                step.run();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, "paper-digest-side");
        t.setDaemon(true);
        t.start();
        return done;
    }

    /** Waits for {@code f}, passing on what it threw as it was thrown. */
    private static void join(CompletableFuture<Void> f) throws IOException {
        try {
            f.join();
        } catch (CompletionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) throw io;
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw e;
        }
    }

    /**
     * Each page's hash: of its template (and the layouts it may use), the plan's shared values and the
     * page's key, the inputs its model is made from. The same hash, the same bytes (the renderer is
     * deterministic); no page model is made.
     */
    static Map<String, String> pageHashes(SiteRenderer.Plan plan, Map<String, String> templates, List<ClassifiedPaper> papers) {
        Map<String, String> out = new ConcurrentHashMap<>();
        String shared = ModelHash.of(plan.shared());
        // a paper is in several pages' keys (its page, its topics' pages, the home page): hashed once
        Map<Object, long[]> known = ModelHash.known(papers);
        plan.pages().parallelStream().forEach(p ->
                out.put(p.output(), ModelHash.of(List.of(p.template(), templates.get(p.template()), shared, p.key()), known)));
        return out;
    }

    /**
     * Drops what the cache in {@code cacheDir} knows of {@code out}: a build without the cache (with
     * other drafts or settings, say) just replaced that folder, so the cache no longer describes it.
     */
    public static void forgetCache(Path cacheDir, Path out) throws IOException {
        Path o = out.toAbsolutePath().normalize();
        if (BuildCache.read(cacheDir).filter(s -> s.out().equals(o.toString())).isPresent()) BuildCache.forget(cacheDir);
    }

    /** What besides the input files decides the output: the tool, its options, the output folder. */
    private String fingerprintExtra(BuildOptions options, Path out) {
        return generator + "\u0000" + toolIdentity() + "\u0000" + options.baseUrl() + "\u0000" + options.drafts()
                + "\u0000" + out;
    }

    /**
     * Which build of the tool is running (its jar's size and time), so a new build of the tool never
     * takes an old site for up to date, even under the same version number.
     */
    static String toolIdentity() {
        try {
            Path code = Path.of(Build.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path probe = Files.isDirectory(code) ? code.resolve("dev/paperdigest/pipeline/Build.class") : code;
            return Files.size(probe) + "@" + Files.getLastModifiedTime(probe).toMillis();
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** What is known once papers are classified: enough for the search index. */
    @FunctionalInterface
    interface Classified {
        void accept(List<dev.paperdigest.model.Topic> topics, List<ClassifiedPaper> papers, DocVectors vectors);
    }

    /** A digest ready to render, with the index stage's vectors that search reuses. */
    record Prepared(Digest digest, DocVectors vectors) {
    }

    /** The theme the site names, or an error in {@code diags}. */
    static Optional<Theme> theme(BuildOptions options, SiteConfig site, Diagnostics diags) {
        Optional<Theme> theme = Theme.resolve(options.root(), site.theme());
        if (theme.isEmpty()) {
            diags.error(ConfigLoader.sitePos(options.contentDir(), BuildOptions.CONTENT_DIR + "/" + ConfigLoader.SITE_FILE, "theme"),
                    "theme '" + site.theme() + "' not found: no folder themes/" + site.theme(),
                    "create it, or write theme: default");
        }
        return theme;
    }

    /** The stages before rendering: config, load, index, classify, related. Empty when config is unusable. */
    public Optional<Digest> read(BuildOptions options, Diagnostics diags, StageClock clock) {
        return prepare(options, diags, clock, null, null).map(Prepared::digest);
    }

    /**
     * Config, load, index, classify, related.
     *
     * @param papers   files read before, reused when unchanged (null: read all)
     * @param analysed texts analysed before (null: analyse all)
     */
    static Optional<Prepared> prepare(BuildOptions options, Diagnostics diags, StageClock clock,
                                      ConcurrentMap<String, ContentLoader.Cached> papers,
                                      ConcurrentMap<String, List<String>> analysed) {
        return prepare(options, diags, clock, papers, analysed, null);
    }

    /** As above; {@code classified} (may be null) gets the topics, papers and vectors as soon as they are classified. */
    static Optional<Prepared> prepare(BuildOptions options, Diagnostics diags, StageClock clock,
                                      ConcurrentMap<String, ContentLoader.Cached> papers,
                                      ConcurrentMap<String, List<String>> analysed, Classified classified) {
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
        List<Paper> loaded = clock.time("load", () ->
                ContentLoader.load(options.contentDir(), BuildOptions.CONTENT_DIR, config.topics(), diags, papers)
                        .stream().filter(p -> options.drafts() || !p.draft()).toList());
        if (diags.hasErrors()) return Optional.empty();
        DocVectors vectors = clock.time("index", () -> vectorsOf(loaded, analysed));
        List<ClassifiedPaper> classifiedPapers = clock.time("classify",
                () -> Classification.classifyAll(config.topics(), vectors, loaded));
        if (classified != null) classified.accept(config.topics(), classifiedPapers, vectors);
        List<List<Integer>> related = clock.time("related", () -> RelatedPapers.compute(vectors, classifiedPapers));
        return Optional.of(new Prepared(new Digest(site, config.topics(), classifiedPapers, related), vectors));
    }

    /** The index stage's vectors: title and abstract of every paper, in the digest's order. */
    public static DocVectors vectorsOf(List<Paper> papers) {
        return vectorsOf(papers, null);
    }

    /** As {@link #vectorsOf(List)}, reusing analysed text from {@code cache} (see {@link DocVectors#of(List, java.util.concurrent.ConcurrentMap)}). */
    static DocVectors vectorsOf(List<Paper> papers, ConcurrentMap<String, List<String>> cache) {
        return DocVectors.of(papers.stream().map(p -> new DocVectors.Doc(p.title(), p.abstractText())).toList(), cache);
    }

    private static BuildResult failed(Diagnostics diags, long start, StageClock clock) {
        return new BuildResult(diags, false, 0, 0, 0, millisSince(start), clock.millis());
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
