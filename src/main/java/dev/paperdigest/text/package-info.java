/**
 * Small text helpers named after what they do: {@link dev.paperdigest.text.Slugs} (safe, readable URL
 * and file names), {@link dev.paperdigest.text.Texts} (whitespace and title normalisation),
 * {@link dev.paperdigest.text.ArxivIds} and {@link dev.paperdigest.text.Dois} (the identifiers that
 * tell two records are one paper). Pure functions, no I/O, thread-safe.
 */
package dev.paperdigest.text;
