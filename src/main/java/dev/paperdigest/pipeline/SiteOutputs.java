package dev.paperdigest.pipeline;

import dev.paperdigest.model.OutputFile;
import dev.paperdigest.model.OutputSink;
import dev.paperdigest.render.SiteRenderer;
import dev.paperdigest.render.ThemeException;
import dev.paperdigest.write.SiteWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Every output of a site, listed once: its pages (rendered from the plan), its data files, the
 * theme's static files, the search index and the marker. {@code build}, {@code check} and
 * {@code serve} all publish a site through this one list.
 *
 * @param search the search index's files, made on a second thread as soon as papers are classified
 */
record SiteOutputs(SiteRenderer renderer, SiteRenderer.Plan plan, String baseUrl, boolean drafts,
                   CompletableFuture<List<OutputFile>> search) {

    /** Renders {@code pages} of the plan into {@code sink}, in parallel. */
    void pages(List<SiteRenderer.Page> pages, OutputSink sink) throws IOException {
        renderer.renderPages(plan, pages, sink);
    }

    /**
     * Everything but the pages: data files, search index, marker, then the theme's static files,
     * none of which may take the place of an output the build makes ({@link ThemeException} names
     * each that would, before any is sent).
     */
    void rest(OutputSink sink, StageClock clock) throws IOException {
        Set<String> made = ConcurrentHashMap.newKeySet();
        for (SiteRenderer.Page p : plan.pages()) made.add(p.output());
        OutputSink tracked = f -> {
            made.add(f.path());
            sink.accept(f);
        };
        clock.run("data", () -> plan.data().writeTo(tracked));
        for (OutputFile f : searchFiles()) tracked.accept(f);
        tracked.accept(new OutputFile(SiteWriter.MARKER, SiteWriter.markerText(baseUrl, drafts).getBytes(StandardCharsets.UTF_8)));
        Map<String, Path> statics = renderer.staticFiles();
        List<ThemeException.Problem> clashes = new ArrayList<>();
        for (String path : statics.keySet()) {
            if (made.contains(path)) {
                clashes.add(new ThemeException.Problem(renderer.staticDisplay(path), "static file '" + path
                        + "' would replace the " + (path.endsWith(".html") ? "page" : "file") + " the build makes at " + path,
                        "rename or remove it; what the build makes there comes from the templates and the content"));
            }
        }
        if (!clashes.isEmpty()) throw new ThemeException(clashes);
        clock.run("data", () -> {
            for (Map.Entry<String, Path> e : statics.entrySet()) sink.accept(new OutputFile(e.getKey(), Files.readAllBytes(e.getValue())));
        });
    }

    private List<OutputFile> searchFiles() throws IOException {
        try {
            return search.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}
