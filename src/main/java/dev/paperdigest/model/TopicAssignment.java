package dev.paperdigest.model;

import java.util.List;

/**
 * The topics a paper is filed under, primary first, and where they came from.
 *
 * @param scores        for {@link Source#AUTO}: the score of each assigned topic, in the order of
 *                      {@code topicIds}; empty for curated papers
 * @param reasons       for {@link Source#AUTO}: the matched keywords per assigned topic, same order
 * @param lowConfidence the classifier found little evidence; the best topic was assigned anyway
 */
public record TopicAssignment(List<String> topicIds, Source source, List<Double> scores,
                              List<List<String>> reasons, boolean lowConfidence) {
    public enum Source {
        CURATED, AUTO;

        public String label() {
            return this == CURATED ? "curated" : "auto";
        }
    }

    public TopicAssignment {
        if (topicIds.isEmpty()) throw new IllegalArgumentException("a paper always has a topic");
        topicIds = List.copyOf(topicIds);
        scores = List.copyOf(scores);
        reasons = reasons.stream().map(List::copyOf).toList();
    }

    public static TopicAssignment curated(List<String> topicIds) {
        return new TopicAssignment(topicIds, Source.CURATED, List.of(), List.of(), false);
    }

    public String primary() {
        return topicIds.get(0);
    }
}
