package dev.paperdigest.classify;

import dev.paperdigest.analysis.DocVectors;
import dev.paperdigest.model.ClassifiedPaper;
import dev.paperdigest.model.Paper;
import dev.paperdigest.model.Topic;
import dev.paperdigest.model.TopicAssignment;

import java.util.List;
import java.util.stream.IntStream;

/** The classify stage: curated topics as written; every other paper classified by a model of the curated ones. */
public final class Classification {
    private Classification() {
    }

    /** @param papers in the order of {@code vectors} */
    public static List<ClassifiedPaper> classifyAll(List<Topic> topics, DocVectors vectors, List<Paper> papers) {
        if (papers.stream().allMatch(p -> !p.topics().isEmpty())) {
            return papers.stream().map(p -> new ClassifiedPaper(p, TopicAssignment.curated(p.topics()))).toList();
        }
        TopicClassifier model = TopicClassifier.train(topics, vectors, papers, d -> true);
        return IntStream.range(0, papers.size()).parallel()
                .mapToObj(d -> new ClassifiedPaper(papers.get(d), papers.get(d).topics().isEmpty()
                        ? model.classify(d) : TopicAssignment.curated(papers.get(d).topics())))
                .toList();
    }
}
