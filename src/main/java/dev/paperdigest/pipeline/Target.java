package dev.paperdigest.pipeline;

import dev.paperdigest.model.OutputSink;

import java.io.IOException;
import java.util.Map;

/**
 * Where a build's outputs go: a staging folder swapped in whole (a clean build), a patch of the site
 * in place (a repeat build) or memory ({@code serve}). The pipeline sends every output of its plan
 * to one of them, pages from many threads at once, and ends with {@link #commit} or {@link #abort}.
 */
interface Target extends OutputSink {
    /** What the target held before this build: it decides which pages are rendered and which files written. */
    Previous previous();

    /** A page this build did not render: the target keeps the bytes it has for it. */
    void keep(String path);

    /** Makes the site the new one. Nothing of it may show before (for a folder, as far as the file system allows). */
    void commit() throws IOException;

    /** Leaves the site as it was. */
    void abort();

    /** Every file of the new site, output path to content hash ({@link #commit} done). */
    Map<String, String> hashes();

    /**
     * Every file of the output folder once committed, by output path, with its size and time as
     * {@link BuildCache#meta} writes them: known from the writes, so no walk of the folder is needed.
     */
    Map<String, String> site();

    /** Files this build wrote or deleted. */
    int changed();
}
