/**
 * Small text helpers named after what they do: {@link dev.paperdigest.text.Slugs} (safe, readable URL
 * and file names), {@link dev.paperdigest.text.Texts} (whitespace and title normalisation) and
 * {@link dev.paperdigest.text.Tokens} (words for classification). Pure functions, no I/O, thread-safe.
 */
package dev.paperdigest.text;
