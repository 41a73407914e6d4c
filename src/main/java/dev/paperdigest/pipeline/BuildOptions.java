package dev.paperdigest.pipeline;

import java.nio.file.Path;

/**
 * What to build and where.
 *
 * @param root     the digest's root folder (holding {@code content/} and maybe {@code themes/})
 * @param out      the output folder
 * @param baseUrl  overrides {@code base_url} of {@code site.yaml}; null to keep it
 * @param drafts   publish papers marked {@code draft: true}
 * @param cacheDir where repeat builds keep what they need to skip work; null for a clean build every time
 */
public record BuildOptions(Path root, Path out, String baseUrl, boolean drafts, Path cacheDir) {
    public static final String CONTENT_DIR = "content";
    /** The default cache folder, in the digest's root (delete it any time). */
    public static final String CACHE_DIR = ".paper-digest-cache";

    /** Without a cache. */
    public BuildOptions(Path root, Path out, String baseUrl, boolean drafts) {
        this(root, out, baseUrl, drafts, null);
    }

    public Path contentDir() {
        return root.resolve(CONTENT_DIR);
    }
}
