package dev.paperdigest.pipeline;

import java.util.Map;

/**
 * What the target held before a build, as far as the build can trust it: each page's model hash
 * and each file's content hash. The one rule that decides what changed, for every target: a page
 * is rendered when its model hash is new or its file is not known to be there as it was; a file is
 * written when its bytes differ from what is there.
 *
 * @param pages output path to the model hash of the page there
 * @param files output path to the content hash of the file there, or {@link #UNKNOWN} for a file
 *              that is there but not as a build left it (edited by hand, or not ours): rewritten or deleted
 */
record Previous(Map<String, String> pages, Map<String, String> files) {
    /** Nothing: every page is rendered and every file written. */
    static final Previous NONE = new Previous(Map.of(), Map.of());
    /** The hash of a file whose bytes no build of ours is known to have written. */
    static final String UNKNOWN = "";

    boolean mustRender(String path, String modelHash) {
        String file = files.get(path);
        return !modelHash.equals(pages.get(path)) || file == null || file.equals(UNKNOWN);
    }

    boolean mustWrite(String path, String contentHash) {
        return !contentHash.equals(files.get(path));
    }
}
