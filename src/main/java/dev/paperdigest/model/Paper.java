package dev.paperdigest.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One paper, read from {@code content/papers/<slug>.md}. Optional values are null (dates, links)
 * or empty (lists, strings); the abstract comes in three forms so later stages never re-parse it.
 *
 * @param source       the file as the user would name it ({@code content/papers/x.md}), for diagnostics
 * @param date         the paper's own date (publication) as precise as known, or null
 * @param added        the day the paper entered the digest, or null
 * @param arxiv        arXiv id without version ({@code 1512.03385}), or empty
 * @param topics       the curated topic ids, primary first; empty when the curator left them out
 * @param abstractHtml the abstract rendered from Markdown and sanitised: safe to emit as is
 * @param abstractText the abstract as plain text, for classification, search and summaries
 * @param extras       optional facts imports bring along (venue, DOI, ...)
 */
public record Paper(
        String slug,
        String source,
        String title,
        List<String> authors,
        PaperDate date,
        LocalDate added,
        String arxiv,
        String url,
        String pdf,
        String code,
        List<String> topics,
        List<String> tags,
        boolean draft,
        String abstractHtml,
        String abstractText,
        PaperExtras extras) {

    public Paper {
        authors = List.copyOf(authors);
        topics = List.copyOf(topics);
        tags = List.copyOf(tags);
        extras = extras == null ? PaperExtras.NONE : extras;
    }

    /** The arXiv abstract page, or empty without an arXiv id. */
    public String arxivAbsUrl() {
        return arxiv.isEmpty() ? "" : "https://arxiv.org/abs/" + arxiv;
    }

    /** The arXiv PDF, or empty without an arXiv id. */
    public String arxivPdfUrl() {
        return arxiv.isEmpty() ? "" : "https://arxiv.org/pdf/" + arxiv;
    }

    /** The link a reader follows to the paper itself: {@code url}, else the arXiv page, else empty. */
    public String primaryUrl() {
        return url.isEmpty() ? arxivAbsUrl() : url;
    }
}
