package dev.paperdigest.pipeline;

import dev.paperdigest.model.OutputFile;
import dev.paperdigest.model.OutputSink;
import dev.paperdigest.render.SiteRenderer;
import dev.paperdigest.write.SiteWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** Everything but the pages. */
    void rest(OutputSink sink, StageClock clock) throws IOException {
        clock.run("data", () -> {
            plan.data().writeTo(sink);
            for (Map.Entry<String, Path> e : renderer.staticFiles().entrySet()) {
                sink.accept(new OutputFile(e.getKey(), Files.readAllBytes(e.getValue())));
            }
        });
        for (OutputFile f : searchFiles()) sink.accept(f);
        sink.accept(new OutputFile(SiteWriter.MARKER, SiteWriter.markerText(baseUrl, drafts).getBytes(StandardCharsets.UTF_8)));
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
