package dev.paperdigest.related;

import dev.paperdigest.analysis.DocVectors;
import dev.paperdigest.model.ClassifiedPaper;
import dev.paperdigest.model.Paper;
import dev.paperdigest.model.TopicAssignment;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelatedPapersTest {
    static ClassifiedPaper paper(String slug, String title, String text, String topic) {
        Paper p = new Paper(slug, slug + ".md", title, List.of(), null, null, "", "", "", "", List.of(topic), List.of(),
                false, "", text, null);
        return new ClassifiedPaper(p, TopicAssignment.curated(List.of(topic)));
    }

    static DocVectors vectors(List<ClassifiedPaper> ps) {
        return DocVectors.of(ps.stream().map(c -> new DocVectors.Doc(c.paper().title(), c.paper().abstractText())).toList());
    }

    @Test
    void findsTheObviouslySimilarPaper() {
        List<ClassifiedPaper> ps = List.of(
                paper("resnet", "Deep residual learning", "Residual connections let very deep models train.", "a"),
                paper("resnext", "Aggregated residual transformations", "Residual blocks with grouped transformations.", "a"),
                paper("gan", "Generative adversarial nets", "A generator and a discriminator play a game.", "b"),
                paper("dcgan", "Convolutional generative adversarial networks", "Convolutional generator and discriminator.", "b"),
                paper("pasta", "Cooking pasta", "Boil water, add salt.", "c"));
        List<List<Integer>> r = RelatedPapers.compute(vectors(ps), ps);
        assertEquals(1, r.get(0).get(0), "resnet -> resnext");
        assertEquals(3, r.get(2).get(0), "gan -> dcgan");
        assertEquals(List.of(), r.get(4), "nothing is like pasta");
        for (int i = 0; i < r.size(); i++) assertFalse(r.get(i).contains(i), "never itself");
    }

    @Test
    void breaksNearTiesBySharedTopics() {
        List<ClassifiedPaper> ps = List.of(
                paper("q", "Alpha beta", "Alpha beta.", "x"),
                paper("other-topic", "Alpha beta", "Alpha beta.", "y"),
                paper("same-topic", "Alpha beta", "Alpha beta.", "x"));
        assertEquals(List.of(2, 1), RelatedPapers.compute(vectors(ps), ps).get(0));
    }

    @Test
    void listsAtMostFiveAndStaysWithinCappedPostings() {
        List<ClassifiedPaper> ps = new ArrayList<>();
        for (int i = 0; i < RelatedPapers.POSTINGS_PER_TERM + 50; i++) {
            ps.add(paper("p" + i, "Common beta " + "group" + (i % 10), "beta words of group" + (i % 10), "t"));
        }
        List<List<Integer>> r = RelatedPapers.compute(vectors(ps), ps);
        assertTrue(r.stream().allMatch(l -> l.size() <= RelatedPapers.MAX_RELATED));
        assertEquals(RelatedPapers.MAX_RELATED, r.get(0).size());
    }
}
