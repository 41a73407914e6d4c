/**
 * The load stage: reads {@code content/papers/*.md} (YAML front matter, Markdown abstract) into
 * {@link dev.paperdigest.model.Paper} records, in parallel, reporting every problem of every file
 * with its file line and column. Never writes anything.
 */
package dev.paperdigest.load;
