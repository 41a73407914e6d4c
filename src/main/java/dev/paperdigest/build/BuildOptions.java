package dev.paperdigest.build;

import java.nio.file.Path;

/**
 * What to build and where.
 *
 * @param root    the digest's root folder (holding {@code content/} and maybe {@code themes/})
 * @param out     the output folder
 * @param baseUrl overrides {@code base_url} of {@code site.yaml}; null to keep it
 * @param drafts  publish papers marked {@code draft: true}
 */
public record BuildOptions(Path root, Path out, String baseUrl, boolean drafts) {
    public static final String CONTENT_DIR = "content";

    public Path contentDir() {
        return root.resolve(CONTENT_DIR);
    }
}
