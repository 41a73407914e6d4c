/**
 * {@code serve}: a local preview that never dies. Builds the site into memory, serves it with the
 * JDK's HTTP server, watches {@code content/} and {@code themes/}, rebuilds only what a change
 * affects ({@link dev.paperdigest.pipeline.Session}), and tells open pages to reload through
 * server-sent events from a small script injected into served pages only (never into a build).
 * On errors the last good site stays up and every page shows the errors in an overlay.
 */
package dev.paperdigest.serve;
