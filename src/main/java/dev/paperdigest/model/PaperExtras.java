package dev.paperdigest.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Optional facts about a paper that imports bring along and templates may show. Absent values are
 * empty strings, empty lists or null (numbers, dates).
 *
 * @param venue      where it was published (journal, conference)
 * @param doi        bare DOI ({@code 10.1109/cvpr.2016.90})
 * @param upvotes    Hugging Face daily-papers upvotes, or null
 * @param project    the project page
 * @param categories arXiv categories, primary first
 * @param comment    the authors' comment (arXiv), e.g. "CVPR 2016, 12 pages"
 * @param listed     the day a listing (Hugging Face daily papers) featured it, or null
 * @param authorsTruncated the author list names only the first authors ("et al."): {@code authors_truncated: true}
 */
public record PaperExtras(String venue, String doi, Integer upvotes, String project, List<String> categories,
                          String comment, LocalDate listed, boolean authorsTruncated) {
    public static final PaperExtras NONE = new PaperExtras("", "", null, "", List.of(), "", null, false);

    public PaperExtras {
        categories = List.copyOf(categories);
    }

    public String doiUrl() {
        return doi.isEmpty() ? "" : "https://doi.org/" + doi;
    }
}
