package dev.paperdigest.pipeline;

import dev.paperdigest.analysis.DocVectors;
import dev.paperdigest.config.ConfigLoader;
import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.diag.SourcePos;
import dev.paperdigest.load.ContentLoader;
import dev.paperdigest.model.ClassifiedPaper;
import dev.paperdigest.model.Digest;
import dev.paperdigest.render.RenderException;
import dev.paperdigest.render.SiteRenderer;
import dev.paperdigest.render.TemplateProblem;
import dev.paperdigest.render.Theme;
import dev.paperdigest.model.OutputFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A site kept in memory and rebuilt incrementally, for {@code serve}. Files that did not change are
 * not read again; a page is rendered again only when its key (the records its model is made from)
 * or its template changed. A rebuild has two phases: the pages, after which {@link #rebuild} returns
 * and the server can tell browsers to reload; then, on a second thread, the data files and the
 * search index, which requests for anything but a page wait for ({@link #file}). The result is the
 * same bytes as a full build. Not thread-safe: one rebuild at a time.
 */
public final class Session {
    private final BuildOptions options;
    private final String generator;
    private final ConcurrentMap<String, ContentLoader.Cached> papers = new ConcurrentHashMap<>();
    private ConcurrentMap<String, List<String>> analysed = new ConcurrentHashMap<>();
    /** The last good site's page model hashes and file content hashes: what a rebuild compares with. */
    private Map<String, String> pageHashes = Map.of();
    private Map<String, String> fileHashes = Map.of();
    private volatile Map<String, byte[]> site = Map.of();
    private volatile Map<String, byte[]> pages = Map.of();
    private volatile CompletableFuture<Void> settled = CompletableFuture.completedFuture(null);
    private volatile Settled lastSettled = new Settled(Set.of(), 0, 0, 0, null);
    private SiteRenderer renderer;
    private String themeName;

    public Session(BuildOptions options, String generator) {
        this.options = options;
        this.generator = generator;
    }

    /**
     * What a rebuild's first phase did. {@code changed}: the pages whose bytes changed, were added or
     * removed ({@link #settle()} tells the other files); {@code millis}: until the pages were ready.
     */
    public record Result(boolean ok, Diagnostics diagnostics, int pagesRendered, int pages, Set<String> changed,
                         long millis, Map<String, Long> stages) {
    }

    /** The last good site, whole: output path to bytes (waits for a rebuild's second phase). */
    public Map<String, byte[]> site() {
        settled.join();
        return site;
    }

    /**
     * Rebuilds after {@code changed} files (paths under the digest's root; empty for the first build).
     * On errors the last good site stays as it was. What is rendered is decided as for a repeat
     * build ({@link Previous}): by each page's model hash against the last rebuild's.
     */
    public Result rebuild(Set<Path> changed) throws IOException {
        settled.join(); // the previous rebuild's second phase: this one compares with its site
        long start = System.nanoTime();
        StageClock clock = new StageClock();
        Diagnostics diags = new Diagnostics();
        // topics.yaml decides which topics a paper may name: every paper is checked again
        if (changed.stream().anyMatch(p -> p.startsWith(options.contentDir()) && p.endsWith(ConfigLoader.TOPICS_FILE))) papers.clear();
        ConcurrentMap<String, List<String>> previous = analysed;
        CompletableFuture<List<OutputFile>> search = new CompletableFuture<>();
        Optional<Build.Prepared> prepared = Build.prepare(options, diags, clock, papers, previous,
                (topics, classified, vectors) -> Build.searchOnSideThread(clock, search, topics, classified, vectors));
        if (prepared.isEmpty() || diags.hasErrors()) return failed(diags, start);
        Digest digest = prepared.get().digest();
        keepAnalysesOf(digest, previous);
        Optional<Theme> theme = Build.theme(options, digest.site(), diags);
        if (theme.isEmpty()) return failed(diags, start);
        Path themes = options.root().resolve("themes");
        if (renderer == null || !digest.site().theme().equals(themeName) || changed.stream().anyMatch(p -> p.startsWith(themes))) {
            renderer = new SiteRenderer(theme.get(), generator);
            themeName = digest.site().theme();
        }
        if (!Build.staticFilesUsable(renderer, diags)) return failed(diags, start);
        SiteRenderer.Plan plan = clock.time("plan", () -> renderer.plan(digest));
        SiteOutputs outputs = new SiteOutputs(renderer, plan, digest.site().baseUrl(), options.drafts(), search);
        Map<String, String> modelHashes = Build.pageHashes(plan, renderer.templateFingerprints(), digest.papers());
        Previous before = new Previous(pageHashes, fileHashes);
        List<SiteRenderer.Page> toRender = plan.pages().stream()
                .filter(p -> before.mustRender(p.output(), modelHashes.get(p.output()))).toList();
        Map<String, byte[]> next = new ConcurrentHashMap<>();
        try {
            outputs.pages(toRender, f -> next.put(f.path(), f.content()));
        } catch (RenderException e) {
            for (TemplateProblem p : e.problems()) {
                diags.error(SourcePos.of(p.template(), p.line(), p.column()), p.message(), "fix the template");
            }
            return failed(diags, start);
        }
        // Phase 1 (now): every page, from the new renders and the unchanged previous bytes. Pages are
        // served as soon as they are ready; the reload event does not wait for what no page needs.
        Map<String, byte[]> old = site;
        Map<String, byte[]> pageBytes = new HashMap<>();
        Map<String, String> hashes = new ConcurrentHashMap<>();
        Set<String> changedPages = new HashSet<>();
        for (SiteRenderer.Page p : plan.pages()) {
            byte[] made = next.get(p.output());
            pageBytes.put(p.output(), made != null ? made : old.get(p.output()));
            hashes.put(p.output(), made != null ? BuildCache.hash(made) : fileHashes.get(p.output()));
            if (before.mustWrite(p.output(), hashes.get(p.output()))) changedPages.add(p.output());
        }
        for (String path : pageHashes.keySet()) if (!pageBytes.containsKey(path)) changedPages.add(path);
        CompletableFuture<Void> rest = new CompletableFuture<>();
        settled = rest; // before the new pages show: a request for a data file then waits for its new version
        this.pages = Collections.unmodifiableMap(pageBytes);
        pageHashes = modelHashes;
        long pagesMs = (System.nanoTime() - start) / 1_000_000;
        // Phase 2 (on a second thread): everything but the pages. Until it is done, requests for
        // anything but a page wait for it (see file()), so no one sees a mixed site.
        Build.runOnSideThread(() -> {
            Map<String, byte[]> all = new ConcurrentHashMap<>(pageBytes);
            outputs.rest(f -> {
                all.put(f.path(), f.content());
                hashes.put(f.path(), BuildCache.hash(f.content()));
            }, clock);
            Set<String> changedFiles = new HashSet<>(changedPages);
            hashes.forEach((path, h) -> {
                if (before.mustWrite(path, h)) changedFiles.add(path);
            });
            for (String path : old.keySet()) if (!all.containsKey(path)) changedFiles.add(path);
            site = Collections.unmodifiableMap(new HashMap<>(all));
            fileHashes = Map.copyOf(hashes);
            Map<String, Long> stages = clock.millis();
            lastSettled = new Settled(Set.copyOf(changedFiles), stages.getOrDefault("data", 0L), stages.getOrDefault("search", 0L),
                    (System.nanoTime() - start) / 1_000_000, null);
        }).whenComplete((ok, e) -> {
            if (e != null) {
                pageHashes = Map.of(); // the site in memory is not all this rebuild's: the next one renders every page
                Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
                String problem = cause instanceof dev.paperdigest.render.ThemeException t
                        ? String.join("\n", t.problems().stream().map(p -> p.file() + ": error: " + p.message()).toList())
                        : "data files and search index not updated: " + cause;
                lastSettled = new Settled(Set.of(), 0, 0, (System.nanoTime() - start) / 1_000_000, problem);
            }
            rest.complete(null);
        });
        return new Result(true, diags, toRender.size(), plan.pages().size(), Set.copyOf(changedPages), pagesMs,
                clock.millis());
    }

    /** Keeps only the analyses of texts still in the digest, so memory follows the content. */
    private void keepAnalysesOf(Digest digest, Map<String, List<String>> previous) {
        analysed = new ConcurrentHashMap<>();
        for (ClassifiedPaper cp : digest.papers()) {
            for (String text : List.of(cp.paper().title(), cp.paper().abstractText())) {
                List<String> t = previous.get(text);
                if (t != null) analysed.put(text, t);
            }
        }
    }

    /**
     * What the second phase of the last rebuild did: the output paths whose bytes changed (pages
     * included), its times, the rebuild's whole time, and a problem if it failed (the previous data
     * files and index then stay).
     */
    public record Settled(Set<String> changed, long dataMillis, long searchMillis, long totalMillis, String problem) {
    }

    /** Waits for the last rebuild's second phase; the whole site is then the new one. */
    public Settled settle() {
        settled.join();
        return lastSettled;
    }

    /**
     * The bytes of one output file: a page of the last rebuild at once, anything else once the
     * rebuild's second phase is done; null if the site has no such file.
     */
    public byte[] file(String path) {
        byte[] page = pages.get(path);
        if (page != null) return page;
        settled.join();
        return site.get(path);
    }

    private static Result failed(Diagnostics diags, long start) {
        return new Result(false, diags, 0, 0, Set.of(), (System.nanoTime() - start) / 1_000_000, Map.of());
    }
}
