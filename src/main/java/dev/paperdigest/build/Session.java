package dev.paperdigest.build;

import dev.paperdigest.analysis.DocVectors;
import dev.paperdigest.config.ConfigLoader;
import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.diag.SourcePos;
import dev.paperdigest.load.ContentLoader;
import dev.paperdigest.model.ClassifiedPaper;
import dev.paperdigest.model.Digest;
import dev.paperdigest.model.OutputFile;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A site kept in memory and rebuilt incrementally, for {@code serve}. Files that did not change are
 * not read again; a page is rendered again only when its model (everything its template sees) or its
 * template changed; everything else is recomputed, which is cheap next to rendering. The result is
 * the same bytes as a full build. Not thread-safe: one rebuild at a time.
 */
public final class Session {
    private final BuildOptions options;
    private final String generator;
    private final ConcurrentMap<String, ContentLoader.Cached> papers = new ConcurrentHashMap<>();
    private ConcurrentMap<String, List<String>> analysed = new ConcurrentHashMap<>();
    private Map<String, SiteRenderer.Page> lastPages = Map.of();
    private Map<String, Object> lastShared = Map.of();
    private volatile Map<String, byte[]> site = Map.of();
    private SiteRenderer renderer;
    private String themeName;

    public Session(BuildOptions options, String generator) {
        this.options = options;
        this.generator = generator;
    }

    /** What a rebuild did. {@code changed}: output paths whose bytes changed, were added or removed. */
    public record Result(boolean ok, Diagnostics diagnostics, int pagesRendered, int pages, Set<String> changed,
                         long millis, Map<String, Long> stages) {
    }

    /** The last good site: output path to bytes. */
    public Map<String, byte[]> site() {
        return site;
    }

    /**
     * Rebuilds after {@code changed} files (paths under the digest's root; empty for the first build).
     * On errors the last good site stays as it was.
     */
    public Result rebuild(Set<Path> changed) throws IOException {
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
        Map<String, byte[]> old = site;
        Map<String, SiteRenderer.Page> pages = new HashMap<>();
        for (SiteRenderer.Page p : plan.pages()) {
            pages.put(p.output(), p);
            next.computeIfAbsent(p.output(), old::get);
        }
        for (OutputFile f : plan.data()) next.put(f.path(), f.content());
        long searchStart = System.nanoTime();
        SearchIndexBuilder.write(digest, vectors, f -> next.put(f.path(), f.content()));
        long searchMs = (System.nanoTime() - searchStart) / 1_000_000;
        for (Map.Entry<String, Path> e : renderer.staticFiles().entrySet()) {
            byte[] before = old.get(e.getKey());
            next.put(e.getKey(), before != null && !themeChanged ? before : Files.readAllBytes(e.getValue()));
        }
        next.put(SiteWriter.MARKER, SiteWriter.markerText(digest.site().baseUrl()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Set<String> changedOutputs = new HashSet<>();
        for (Map.Entry<String, byte[]> e : next.entrySet()) {
            if (!Arrays.equals(e.getValue(), old.get(e.getKey()))) changedOutputs.add(e.getKey());
        }
        for (String path : old.keySet()) if (!next.containsKey(path)) changedOutputs.add(path);
        site = Collections.unmodifiableMap(new HashMap<>(next));
        lastPages = pages;
        lastShared = plan.shared();
        Map<String, Long> stages = new java.util.LinkedHashMap<>(clock.millis());
        stages.put("search", searchMs);
        return new Result(true, diags, toRender.size(), plan.pages().size(), changedOutputs,
                (System.nanoTime() - start) / 1_000_000, stages);
    }

    private static Result failed(Diagnostics diags, long start) {
        return new Result(false, diags, 0, 0, Set.of(), (System.nanoTime() - start) / 1_000_000, Map.of());
    }
}
