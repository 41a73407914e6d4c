package dev.paperdigest.model;

import java.util.List;

/**
 * The topics a paper is filed under, primary first, and where they came from.
 *
 * @param evidence      for {@link Source#AUTO}: why each assigned topic was chosen, in the order of
 *                      {@code topicIds}; empty for curated papers
 * @param lowConfidence the classifier found little evidence; the best topic was assigned anyway
 */
public record TopicAssignment(List<String> topicIds, Source source, List<Evidence> evidence, boolean lowConfidence) {
    public enum Source {
        CURATED, AUTO;

        public String label() {
            return this == CURATED ? "curated" : "auto";
        }
    }

    /**
     * Why a topic scored as it did.
     *
     * @param score    the classifier's score (higher is better; comparable between topics of one paper)
     * @param keywords the topic's keywords found in the paper
     * @param terms    the paper's terms that weighed most for the topic
     */
    public record Evidence(String topicId, double score, List<String> keywords, List<String> terms) {
        public Evidence {
            keywords = List.copyOf(keywords);
            terms = List.copyOf(terms);
        }
    }

    public TopicAssignment {
        if (topicIds.isEmpty()) throw new IllegalArgumentException("a paper always has a topic");
        topicIds = List.copyOf(topicIds);
        evidence = List.copyOf(evidence);
    }

    public static TopicAssignment curated(List<String> topicIds) {
        return new TopicAssignment(topicIds, Source.CURATED, List.of(), false);
    }

    public String primary() {
        return topicIds.get(0);
    }
}
