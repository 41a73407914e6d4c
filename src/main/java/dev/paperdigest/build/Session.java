package dev.paperdigest.build;

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
import dev.paperdigest.search.SearchIndexBuilder;
import dev.paperdigest.write.SiteWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
    private Map<String, SiteRenderer.Page> lastPages = Map.of();
    private Map<String, Object> lastShared = Map.of();
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
     * On errors the last good site stays as it was.
     */
    public Result rebuild(Set<Path> changed) throws IOException {
        settled.join(); // the previous rebuild's second phase: this one compares with its site
        long start = System.nanoTime();
        StageClock clock = new StageClock();
        Diagnostics diags = new Diagnostics();
        boolean configChanged = changed.stream().anyMatch(p -> p.startsWith(options.contentDir())
                && (p.endsWith(ConfigLoader.SITE_FILE) || p.endsWith(ConfigLoader.TOPICS_FILE)));
        Path themes = options.root().resolve("themes");
        boolean themeChanged = changed.stream().anyMatch(p -> p.startsWith(themes));
        // a changed page template re-renders its pages; any other template (base.ftlh, macros) every page
        Set<String> changedTemplates = new HashSet<>();
        boolean allTemplates = false;
        for (Path p : changed) {
            if (!p.startsWith(themes) || !p.toString().endsWith(".ftlh")) continue;
            String name = p.getFileName().toString();
            if (SiteRenderer.PAGE_TEMPLATES.contains(name)) changedTemplates.add(name);
            else allTemplates = true;
        }
        if (configChanged) {
            papers.clear();
            lastPages = Map.of();
        }
        ConcurrentMap<String, List<String>> previous = analysed;
        Optional<Build.Prepared> prepared = Build.prepare(options, diags, clock, papers, previous);
        if (prepared.isEmpty() || diags.hasErrors()) return failed(diags, start);
        Digest digest = prepared.get().digest();
        DocVectors vectors = prepared.get().vectors();
        // keep only the analyses of texts still in the digest, so memory follows the content
        analysed = new ConcurrentHashMap<>();
        for (ClassifiedPaper cp : digest.papers()) {
            for (String text : List.of(cp.paper().title(), cp.paper().abstractText())) {
                List<String> t = previous.get(text);
                if (t != null) analysed.put(text, t);
            }
        }
        Optional<Theme> theme = Build.theme(options, digest.site(), diags);
        if (theme.isEmpty()) return failed(diags, start);
        if (renderer == null || !digest.site().theme().equals(themeName)) {
            renderer = new SiteRenderer(theme.get(), generator);
            themeName = digest.site().theme();
            lastPages = Map.of();
        } else if (themeChanged) {
            renderer = new SiteRenderer(theme.get(), generator);
            if (allTemplates) lastPages = Map.of();
        }
        SiteRenderer r0 = renderer;
        SiteRenderer.Plan plan = clock.time("plan", () -> {
            try {
                return r0.plan(digest);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        boolean sameShared = plan.shared().equals(lastShared);
        List<SiteRenderer.Page> toRender = plan.pages().stream()
                .filter(p -> !sameShared || !p.equals(lastPages.get(p.output())) || changedTemplates.contains(p.template()))
                .toList();
        Map<String, byte[]> next = new ConcurrentHashMap<>();
        try {
            renderer.renderPages(plan, toRender, f -> next.put(f.path(), f.content()));
        } catch (RenderException e) {
            for (TemplateProblem p : e.problems()) {
                diags.error(SourcePos.of(p.template(), p.line(), p.column()), p.message(), "fix the template");
            }
            return failed(diags, start);
        }
        // Phase 1 (now): every page, from the new renders and the unchanged previous bytes. Pages are
        // served as soon as they are ready; the reload event does not wait for what no page needs.
        Map<String, byte[]> old = site;
        Map<String, SiteRenderer.Page> pages = new HashMap<>();
        Map<String, byte[]> pageBytes = new HashMap<>();
        Set<String> changedPages = new HashSet<>();
        for (SiteRenderer.Page p : plan.pages()) {
            pages.put(p.output(), p);
            byte[] made = next.get(p.output());
            byte[] before = old.get(p.output());
            pageBytes.put(p.output(), made != null ? made : before);
            if (!Arrays.equals(made != null ? made : before, before)) changedPages.add(p.output());
        }
        for (String path : lastPages.keySet()) if (!pages.containsKey(path)) changedPages.add(path);
        CompletableFuture<Void> rest = new CompletableFuture<>();
        settled = rest; // before the new pages show: a request for a data file then waits for its new version
        this.pages = Collections.unmodifiableMap(pageBytes);
        lastPages = pages;
        lastShared = plan.shared();
        long pagesMs = (System.nanoTime() - start) / 1_000_000;
        // Phase 2 (on a second thread): data files, search index, static files. Until it is done,
        // requests for anything but a page wait for it (see file()), so no one sees a mixed site.
        boolean staticAgain = themeChanged;
        SiteRenderer r1 = renderer;
        Thread t = new Thread(() -> {
            try {
                long t0 = System.nanoTime();
                Map<String, byte[]> all = new HashMap<>(pageBytes);
                plan.data().writeTo(f -> all.put(f.path(), f.content()));
                long t1 = System.nanoTime();
                SearchIndexBuilder.write(digest, vectors, f -> all.put(f.path(), f.content()));
                long t2 = System.nanoTime();
                for (Map.Entry<String, Path> e : r1.staticFiles().entrySet()) {
                    byte[] before = old.get(e.getKey());
                    all.put(e.getKey(), before != null && !staticAgain ? before : Files.readAllBytes(e.getValue()));
                }
                all.put(SiteWriter.MARKER, SiteWriter.markerText(digest.site().baseUrl(), options.drafts()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                Set<String> changedFiles = new HashSet<>();
                for (Map.Entry<String, byte[]> e : all.entrySet()) {
                    if (!Arrays.equals(e.getValue(), old.get(e.getKey()))) changedFiles.add(e.getKey());
                }
                for (String path : old.keySet()) if (!all.containsKey(path)) changedFiles.add(path);
                site = Collections.unmodifiableMap(all);
                lastSettled = new Settled(Set.copyOf(changedFiles), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                        (System.nanoTime() - start) / 1_000_000, null);
            } catch (IOException | RuntimeException e) {
                lastSettled = new Settled(Set.of(), 0, 0, (System.nanoTime() - start) / 1_000_000,
                        "data files and search index not updated: " + e);
            } finally {
                rest.complete(null);
            }
        }, "paper-digest-rest");
        t.setDaemon(true);
        t.start();
        return new Result(true, diags, toRender.size(), plan.pages().size(), Set.copyOf(changedPages), pagesMs,
                clock.millis());
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
