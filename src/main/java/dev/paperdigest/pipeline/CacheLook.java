package dev.paperdigest.pipeline;

import dev.paperdigest.load.ContentLoader;
import dev.paperdigest.write.SiteWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What a build with a cache finds before it reads any content: the state the last build left, the
 * inputs' fingerprint, and the output folder as it is now. The site is up to date when the inputs
 * and every file of the folder are as the last build left them; a repeat build may patch the folder
 * when its marker is; any file changed there by hand is rewritten, any file not ours is deleted.
 */
final class CacheLook {
    private final Optional<BuildCache.State> state;
    private final Map<String, String> siteNow;
    private final Map<Path, String> otherInputs;
    private final ConcurrentMap<String, ContentLoader.Cached> paperStats;
    private final Path papersDir;
    private final Path root;
    private final String extra;
    private String fingerprint;

    private CacheLook(Optional<BuildCache.State> state, Map<String, String> siteNow, Map<Path, String> otherInputs,
                      ConcurrentMap<String, ContentLoader.Cached> paperStats, Path papersDir, Path root, String extra,
                      String fingerprint) {
        this.state = state;
        this.siteNow = siteNow;
        this.otherInputs = otherInputs;
        this.paperStats = paperStats;
        this.papersDir = papersDir;
        this.root = root;
        this.extra = extra;
        this.fingerprint = fingerprint;
    }

    /**
     * @param extra what besides the input files decides the output (tool, options, output folder)
     */
    static CacheLook of(BuildOptions options, Path out, String extra) throws IOException {
        Path papersDir = options.contentDir().resolve(ContentLoader.PAPERS_DIR);
        List<Path> roots = List.of(options.contentDir(), options.root().resolve("themes"));
        Optional<BuildCache.State> state = BuildCache.read(options.cacheDir()).filter(s -> s.out().equals(out.toString()));
        if (state.isPresent()) {
            String now = BuildCache.fingerprint(BuildCache.inputs(roots, p -> false), options.root(), extra);
            return new CacheLook(state, BuildCache.scan(out), null, null, papersDir, options.root(), extra, now);
        }
        // nothing to compare with: the paper files' stats come from the load stage, which takes each
        // just before reading it; only the other inputs are looked at here
        Map<Path, String> others = BuildCache.inputs(roots, p -> p.getParent().equals(papersDir) && ContentLoader.isPaperName(p));
        return new CacheLook(state, Map.of(), others, new ConcurrentHashMap<>(), papersDir, options.root(), extra, null);
    }

    /** The output folder as it is now (empty when there was no state to compare with). */
    Map<String, String> siteNow() {
        return siteNow;
    }

    Optional<BuildCache.State> state() {
        return state;
    }

    boolean upToDate() {
        return state.isPresent() && state.get().fingerprint().equals(fingerprint) && state.get().site().equals(siteNow);
    }

    /** The paper files' sizes and times, filled by the load stage (null when the inputs were stat'ed here). */
    ConcurrentMap<String, ContentLoader.Cached> paperStats() {
        return paperStats;
    }

    /** The inputs' fingerprint, once the load stage has run. */
    String fingerprint() {
        if (fingerprint == null) {
            Map<Path, String> all = new HashMap<>(otherInputs);
            paperStats.forEach((name, c) -> all.put(papersDir.resolve(name), BuildCache.meta(c.size(), c.modified())));
            fingerprint = BuildCache.fingerprint(all, root, extra);
        }
        return fingerprint;
    }

    /**
     * What the output folder holds that a patch can build on: the last build's hashes, less the
     * files changed or removed since, plus every file that is there but not as a build left it.
     * Empty when the folder's marker is not the last build's (a clean build then replaces it).
     */
    Optional<Previous> previous() {
        if (state.isEmpty()) return Optional.empty();
        Map<String, String> was = state.get().site();
        String marker = was.get(SiteWriter.MARKER);
        if (marker == null || !marker.equals(siteNow.get(SiteWriter.MARKER))) return Optional.empty();
        Map<String, String> files = new HashMap<>();
        siteNow.forEach((path, meta) -> {
            String hash = state.get().files().get(path);
            files.put(path, hash != null && meta.equals(was.get(path)) ? hash : Previous.UNKNOWN);
        });
        return Optional.of(new Previous(state.get().pages(), files));
    }
}
