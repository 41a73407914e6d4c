/**
 * Text analysis shared by classification, related papers and search: Lucene's English analysis
 * (standard tokenizer, lowercase, English stop words, Porter stemmer) behind {@link
 * dev.paperdigest.analysis.TextAnalyzer}, and TF-IDF document vectors ({@link
 * dev.paperdigest.analysis.DocVectors}). Only this package imports Lucene. Thread-safe.
 */
package dev.paperdigest.analysis;
