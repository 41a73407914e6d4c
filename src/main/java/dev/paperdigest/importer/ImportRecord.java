package dev.paperdigest.importer;

import dev.paperdigest.model.PaperDate;

import java.time.LocalDate;
import java.util.List;

/**
 * One paper found in an import source, normalised: whitespace collapsed, arXiv id without version,
 * bare DOI, dates as dates. Absent text is "", absent lists empty, absent dates and numbers null.
 *
 * @param where where the record starts in its source ({@code file:line} or {@code file:$[3].paper})
 * @param authorsTruncated the source's list ends in "et al." or "and others": more authors than those named
 * @param abstractText the abstract as plain text, paragraphs parted by a blank line
 * @param date  the paper's own date, as precise as the source gives it
 * @param listed the day a listing featured it (Hugging Face daily papers)
 */
public record ImportRecord(String where, String title, List<String> authors, boolean authorsTruncated,
                           String abstractText, PaperDate date,
                           String arxiv, String doi, String url, String pdf, String code, String project,
                           String venue, Integer upvotes, List<String> categories, String comment,
                           LocalDate listed, List<String> tags) {
    public ImportRecord {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        categories = List.copyOf(categories);
    }
}
