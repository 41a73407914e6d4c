package dev.paperdigest.pipeline;

import dev.paperdigest.model.OutputFile;
import dev.paperdigest.write.SiteWriter;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A clean build's target: every file into a staging folder beside the site, swapped in whole. */
final class StagingTarget implements Target {
    private final SiteWriter writer;
    private final BuildProgress progress;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private final Map<String, String> site = new ConcurrentHashMap<>();

    StagingTarget(SiteWriter writer, BuildProgress progress) {
        this.writer = writer;
        this.progress = progress;
    }

    @Override
    public Previous previous() {
        return Previous.NONE;
    }

    @Override
    public void keep(String path) {
        throw new IllegalStateException("a clean build renders every page, and keeps none: " + path);
    }

    @Override
    public void accept(OutputFile f) throws IOException {
        writer.accept(f);
        site.put(f.path(), BuildCache.meta(writer.attributes(f.path())));
        progress.fileWritten();
        hashes.put(f.path(), BuildCache.hash(f.content()));
    }

    @Override
    public void commit() throws IOException {
        writer.commit();
    }

    @Override
    public void abort() {
        writer.abort();
    }

    @Override
    public Map<String, String> hashes() {
        return hashes;
    }

    @Override
    public Map<String, String> site() {
        return site;
    }

    @Override
    public int changed() {
        return hashes.size();
    }
}
