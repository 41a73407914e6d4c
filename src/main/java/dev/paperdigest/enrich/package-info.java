/**
 * {@code enrich}: fills what paper files lack (arXiv id, authors, date, venue, DOI, code) from the
 * arXiv API, the Semantic Scholar Graph API and Hugging Face, politely (one arXiv request every
 * 3 s, retries that honour {@code Retry-After}), from a cache when it can, and only on an id or an
 * exact title match; everything else goes to a review list.
 */
package dev.paperdigest.enrich;
