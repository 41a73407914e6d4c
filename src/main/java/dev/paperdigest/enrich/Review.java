package dev.paperdigest.enrich;

import java.util.List;

/**
 * A paper enrich would not fill by itself: why, and what it found, for the curator to decide.
 *
 * @param file       the paper file as named in messages
 * @param reason     "no exact title match", "2 arXiv papers have this exact title", ...
 * @param candidates what the services returned, best first
 */
public record Review(String file, String reason, List<Candidate> candidates) {
    public Review {
        candidates = List.copyOf(candidates);
    }

    /** One paper a service returned: {@code source} is "arXiv" or "Semantic Scholar". */
    public record Candidate(String source, String id, String title, String firstAuthor, int year) {
        public String format() {
            return source + " " + (id.isEmpty() ? "(no id)" : id) + ": \"" + title + "\""
                    + (firstAuthor.isEmpty() ? "" : ", " + firstAuthor) + (year == 0 ? "" : ", " + year);
        }
    }

    /** The review as printed: the file and reason, then one indented line per candidate. */
    public String format() {
        StringBuilder sb = new StringBuilder(file).append(": review: ").append(reason);
        for (Candidate c : candidates) sb.append("\n    candidate ").append(c.format());
        return sb.toString();
    }
}
