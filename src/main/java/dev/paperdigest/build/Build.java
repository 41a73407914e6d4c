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
import dev.paperdigest.model.OutputFile;
import dev.paperdigest.model.OutputSink;
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
        Path papersDir = options.contentDir().resolve(ContentLoader.PAPERS_DIR);
        String fingerprint = null;
        Optional<BuildCache.State> state = Optional.empty();
        Map<Path, String> otherInputs = null;
        ConcurrentMap<String, ContentLoader.Cached> paperStats = null;
        if (options.cacheDir() != null) {
            state = BuildCache.read(options.cacheDir()).filter(s -> s.out().equals(out.toString()) && markerAsLeft(out, s));
            if (state.isPresent()) {
                String now = clock.time("cache", () -> fingerprint(options, out));
                if (state.get().fingerprint().equals(now)) {
                    return new BuildResult(diags, true, -1, 0, state.get().files().size(), millisSince(start), clock.millis());
                }
                fingerprint = now;
            } else {
                // nothing to compare with: the paper files' stats come from the load stage, which
                // takes each just before reading it; only the other inputs are looked at here
                otherInputs = clock.time("cache", () -> inputs(options,
                        p -> p.getParent().equals(papersDir) && ContentLoader.isPaperName(p)));
                paperStats = new ConcurrentHashMap<>();
            }
        }
        // a first build starts its search index as soon as papers are classified (it needs no related
        // papers or pages): on a second thread, into memory, handed to the writer once it is open
        CompletableFuture<List<OutputFile>> searchFiles = new CompletableFuture<>();
        Classified startSearch = state.isPresent() ? null : (topics, papers, vectors) -> sideThread(() -> {
            try {
                List<OutputFile> files = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
                clock.time("search", () -> {
                    try {
                        return SearchIndexBuilder.write(topics, papers, vectors, files::add);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                searchFiles.complete(files);
            } catch (RuntimeException | Error e) {
                searchFiles.completeExceptionally(e);
            }
        });
        Optional<Prepared> prepared = prepare(options, diags, clock, paperStats, null, startSearch);
        if (prepared.isEmpty() || diags.hasErrors()) return failed(diags, start, clock);
        if (otherInputs != null) {
            Map<Path, String> all = new HashMap<>(otherInputs);
            paperStats.forEach((name, c) -> all.put(papersDir.resolve(name), BuildCache.meta(c.size(), c.modified())));
            fingerprint = clock.time("cache", () -> BuildCache.fingerprint(all, options.root(), fingerprintExtra(options, out)));
        }
        Digest digest = prepared.get().digest();

        Optional<Theme> theme = clock.time("theme", () -> theme(options, digest.site(), diags));
        if (theme.isEmpty()) return failed(diags, start, clock);
        SiteRenderer renderer = clock.time("theme", () -> {
            try {
                return new SiteRenderer(theme.get(), generator);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        SiteRenderer.Plan plan = clock.time("plan", () -> {
            try {
                return renderer.plan(digest);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        // a repeat build needs the page hashes to choose what to render; a first build only keeps them
        // for the next one, and works them out on its second thread while pages render
        Map<String, String> pageHashes = options.cacheDir() == null ? Map.of()
                : state.isPresent() ? clock.time("plan", () -> pageHashes(plan, renderer.templateFingerprints(), digest.papers()))
                : new ConcurrentHashMap<>();
        Outputs outputs;
        try {
            if (state.isPresent()) {
                outputs = incremental(options, out, renderer, plan, pageHashes, prepared.get(), state.get(), clock, progress);
            } else {
                SiteWriter writer;
                try {
                    writer = clock.time("write", () -> {
                        try {
                            return SiteWriter.open(options.out(), options.root(), options.contentDir(), digest.site().baseUrl(), options.drafts());
                        } catch (OutputFolderException e) {
                            throw new OpenFailure(e);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                } catch (OpenFailure f) {
                    OutputFolderException e = f.reason;
                    diags.error(SourcePos.of(options.out().toString()), e.getMessage(), e.hint());
                    return failed(diags, start, clock);
                }
                outputs = full(writer, renderer, plan, prepared.get(), searchFiles, options.cacheDir() != null ? pageHashes : null,
                        clock, progress);
            }
        } catch (RenderException e) {
            for (TemplateProblem p : e.problems()) {
                diags.error(SourcePos.of(p.template(), p.line(), p.column()), p.message(),
                        "fix the template; the previous site was left as it was");
            }
            return failed(diags, start, clock);
        }
        if (options.cacheDir() != null) {
            Map<String, String> files = outputs.hashes();
            String fp = fingerprint;
            clock.time("cache", () -> {
                try {
                    BuildCache.write(options.cacheDir(), new BuildCache.State(fp, out.toString(), pageHashes, files));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        }
        return new BuildResult(diags, true, digest.papers().size(), plan.pages().size(), outputs.files(),
                millisSince(start), clock.millis(), outputs.rendered(), outputs.written());
    }

    /** What the write stage did: files in the site, pages rendered, files written, every file's hash (with a cache). */
    private record Outputs(int files, int rendered, int written, Map<String, String> hashes) {
    }

    /** A clean build: everything into a staging folder, swapped in at the end. */
    private static Outputs full(SiteWriter writer, SiteRenderer renderer, SiteRenderer.Plan plan, Prepared prepared,
                                CompletableFuture<List<OutputFile>> searchFiles, Map<String, String> pageHashes,
                                StageClock clock, BuildProgress progress)
            throws IOException, RenderException {
        boolean hashing = pageHashes != null;
        Map<String, String> hashes = new ConcurrentHashMap<>();
        OutputSink sink = f -> {
            writer.accept(f);
            progress.fileWritten();
            if (hashing) hashes.put(f.path(), BuildCache.hash(f.content()));
        };
        try (writer) {
            // the search index and the data files need no page: made on a second thread while the
            // pages render, they fill the gaps a parallel render leaves on the cores
            CompletableFuture<Void> others = CompletableFuture.runAsync(() -> {
                try {
                    List<OutputFile> index;
                    try {
                        index = searchFiles.join();
                    } catch (CompletionException e) {
                        if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
                        throw e;
                    }
                    for (OutputFile f : index) sink.accept(f);
                    stage(clock, "data", () -> {
                        plan.data().writeTo(sink);
                        for (Map.Entry<String, Path> e : renderer.staticFiles().entrySet()) {
                            sink.accept(new OutputFile(e.getKey(), Files.readAllBytes(e.getValue())));
                        }
                    });
                    if (hashing) {
                        stage(clock, "plan", () -> pageHashes.putAll(
                                pageHashes(plan, renderer.templateFingerprints(), prepared.digest().papers())));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (RenderException e) {
                    throw new IllegalStateException(e);
                }
            }, Build::sideThread);
            try {
                stage(clock, "render+write", () -> renderer.renderPages(plan, plan.pages(), sink));
            } finally {
                try {
                    others.join();
                } catch (CompletionException e) {
                    if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
                    throw e;
                }
            }
            stage(clock, "commit", writer::commit);
        }
        if (hashing) {
            hashes.put(SiteWriter.MARKER, BuildCache.hash(writer.markerText()));
        }
        return new Outputs(writer.fileCount() + 1, plan.pages().size(), writer.fileCount() + 1, hashes);
    }

    /**
     * A repeat build over the folder the cache describes: pages whose model hash changed are
     * rendered, every other output is recomputed in memory, and only files whose bytes changed are
     * written; files the site no longer has are deleted. A template error writes nothing.
     */
    private static Outputs incremental(BuildOptions options, Path out, SiteRenderer renderer, SiteRenderer.Plan plan,
                                       Map<String, String> pageHashes, Prepared prepared, BuildCache.State state,
                                       StageClock clock, BuildProgress progress) throws IOException, RenderException {
        List<SiteRenderer.Page> toRender = plan.pages().stream()
                .filter(p -> !pageHashes.get(p.output()).equals(state.pages().get(p.output()))
                        || !state.files().containsKey(p.output()) || !Files.isRegularFile(out.resolve(p.output())))
                .toList();
        Map<String, byte[]> rendered = new ConcurrentHashMap<>();
        stage(clock, "render", () -> renderer.renderPages(plan, toRender, f -> rendered.put(f.path(), f.content())));
        // every template ran without error: from here each output goes to the folder as it is made,
        // when its bytes changed, so no more than the changed pages is ever held in memory
        Map<String, String> hashes = new ConcurrentHashMap<>();
        for (SiteRenderer.Page p : plan.pages()) {
            String kept = state.files().get(p.output());
            if (kept != null) hashes.put(p.output(), kept);
        }
        SiteWriter.Patch patch = new SiteWriter.Patch(out);
        java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
        OutputSink apply = f -> {
            String h = BuildCache.hash(f.content());
            hashes.put(f.path(), h);
            if (!h.equals(state.files().get(f.path())) || !Files.exists(out.resolve(f.path()))) {
                patch.write(f.path(), f.content());
                progress.fileWritten();
                written.incrementAndGet();
            }
        };
        stage(clock, "write", () -> {
            for (Map.Entry<String, byte[]> e : new TreeMap<>(rendered).entrySet()) apply.accept(new OutputFile(e.getKey(), e.getValue()));
        });
        stage(clock, "search", () -> {
            plan.data().writeTo(apply);
            for (Map.Entry<String, Path> e : renderer.staticFiles().entrySet()) {
                apply.accept(new OutputFile(e.getKey(), Files.readAllBytes(e.getValue())));
            }
            SearchIndexBuilder.write(prepared.digest(), prepared.vectors(), apply);
            apply.accept(new OutputFile(SiteWriter.MARKER,
                    SiteWriter.markerText(prepared.digest().site().baseUrl(), options.drafts()).getBytes(StandardCharsets.UTF_8)));
        });
        stage(clock, "write", () -> {
            for (String old : state.files().keySet()) {
                if (!hashes.containsKey(old)) {
                    patch.delete(old);
                    written.incrementAndGet();
                }
            }
            patch.finish();
        });
        return new Outputs(hashes.size(), toRender.size(), written.get(), hashes);
    }

    private static void sideThread(Runnable r) {
        Thread t = new Thread(r, "paper-digest-side");
        t.setDaemon(true);
        t.start();
    }

    @FunctionalInterface
    private interface Stage {
        void run() throws IOException, RenderException;
    }

    private static void stage(StageClock clock, String name, Stage s) throws IOException, RenderException {
        try {
            clock.time(name, () -> {
                try {
                    s.run();
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (RenderException e) {
                    throw new RenderFailure(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RenderFailure f) {
            throw f.problems;
        }
    }

    /** Carries a refused output folder out of a stage lambda. */
    private static final class OpenFailure extends RuntimeException {
        final transient OutputFolderException reason;

        OpenFailure(OutputFolderException e) {
            super(e.getMessage(), e, false, false);
            this.reason = e;
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

    private String fingerprint(BuildOptions options, Path out) {
        return BuildCache.fingerprint(inputs(options, p -> false), options.root(), fingerprintExtra(options, out));
    }

    /**
     * Drops what the cache in {@code cacheDir} knows of {@code out}: a build without the cache (with
     * other drafts or settings, say) just replaced that folder, so the cache no longer describes it.
     */
    public static void forgetCache(Path cacheDir, Path out) throws IOException {
        Path o = out.toAbsolutePath().normalize();
        if (BuildCache.read(cacheDir).filter(s -> s.out().equals(o.toString())).isPresent()) BuildCache.forget(cacheDir);
    }

    /**
     * Whether the output folder still holds the site the cache describes, as far as its marker tells:
     * a build without the cache (or by another tool) with another base URL over the same folder
     * leaves a different marker, and the cache no longer says what the folder holds.
     */
    private static boolean markerAsLeft(Path out, BuildCache.State s) {
        String expected = s.files().get(SiteWriter.MARKER);
        if (expected == null) return false;
        try {
            return expected.equals(BuildCache.hash(Files.readAllBytes(out.resolve(SiteWriter.MARKER))));
        } catch (IOException e) {
            return false;
        }
    }

    private static Map<Path, String> inputs(BuildOptions options, java.util.function.Predicate<Path> skip) {
        try {
            return BuildCache.inputs(List.of(options.contentDir(), options.root().resolve("themes")), skip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            Path probe = Files.isDirectory(code) ? code.resolve("dev/paperdigest/build/Build.class") : code;
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
            diags.error(SourcePos.of(BuildOptions.CONTENT_DIR + "/" + ConfigLoader.SITE_FILE),
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
