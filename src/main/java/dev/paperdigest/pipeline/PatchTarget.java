package dev.paperdigest.pipeline;

import dev.paperdigest.model.OutputFile;
import dev.paperdigest.write.SiteWriter;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A repeat build's target: the site the cache describes, changed in place. Files whose bytes
 * changed are written beside the site as they are made and moved in by {@link #commit}, with the
 * deletions of files the site no longer has; so no more than one file is in memory at once, and a
 * template error or a kill before the commit leaves the site as it was.
 */
final class PatchTarget implements Target {
    private final SiteWriter.Patch patch;
    private final Previous previous;
    private final BuildProgress progress;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private final AtomicInteger changed = new AtomicInteger();
    private final Map<String, String> site;

    /** @param siteNow the output folder as it is before this build ({@link BuildCache#scan}) */
    PatchTarget(SiteWriter.Patch patch, Previous previous, Map<String, String> siteNow, BuildProgress progress) {
        this.patch = patch;
        this.site = new ConcurrentHashMap<>(siteNow);
        this.previous = previous;
        this.progress = progress;
    }

    @Override
    public Previous previous() {
        return previous;
    }

    @Override
    public void keep(String path) {
        hashes.put(path, previous.files().get(path));
    }

    @Override
    public void accept(OutputFile f) throws IOException {
        String h = BuildCache.hash(f.content());
        hashes.put(f.path(), h);
        if (previous.mustWrite(f.path(), h)) {
            site.put(f.path(), BuildCache.meta(patch.write(f.path(), f.content())));
            progress.fileWritten();
            changed.incrementAndGet();
        }
    }

    @Override
    public void commit() throws IOException {
        for (String old : previous.files().keySet()) {
            if (!hashes.containsKey(old)) {
                patch.delete(old);
                site.remove(old);
                changed.incrementAndGet();
            }
        }
        patch.finish();
    }

    @Override
    public void abort() {
        patch.abort();
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
        return changed.get();
    }
}
