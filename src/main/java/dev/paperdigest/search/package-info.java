/**
 * The search stage: the papers to a static, sharded search index under {@code site/search/} that a
 * small client queries with no server. Doc ids are ordered by primary topic, then year (newest first),
 * so topic and year facets are id ranges the bootstrap file describes. Terms are Lucene English
 * stems ({@link dev.paperdigest.analysis.TextAnalyzer}); every surface word form maps to its stem at
 * build time, so the client needs no stemmer. The format is documented in the README ("Search index").
 */
package dev.paperdigest.search;
