/**
 * The related stage: for every paper, the papers most similar to it by title and abstract (TF-IDF
 * cosine over its strongest terms), with shared topics breaking near-ties. Built on an inverted index
 * whose posting lists are capped, so the work grows with the number of papers, not its square.
 */
package dev.paperdigest.related;
