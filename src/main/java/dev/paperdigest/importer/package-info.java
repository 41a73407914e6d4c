/**
 * Import: turns what curators have (for now the trending-page text dump) into content files in
 * {@code content/papers/}. Never overwrites a file, never writes the same paper twice, and writes
 * nothing from an input file that cannot be read whole.
 */
package dev.paperdigest.importer;
