package dev.paperdigest.classify;

import dev.paperdigest.model.Paper;
import dev.paperdigest.model.Topic;
import dev.paperdigest.model.TopicAssignment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeywordClassifierTest {
    private static final List<Topic> TOPICS = List.of(
            new Topic("robustness", "Robustness", "Attacks and defenses", List.of("adversarial", "robustness", "corruption")),
            new Topic("generation", "Generation", "Generative models", List.of("GAN", "diffusion model", "image synthesis")),
            new Topic("nas", "Architecture search", "", List.of("architecture search", "supernet")));
    private final KeywordClassifier classifier = new KeywordClassifier(TOPICS);

    @Test
    void filesAPaperUnderTheTopicWhoseKeywordsItUses() {
        TopicAssignment a = classifier.classify("Diffusion models beat GANs on image synthesis",
                "We show diffusion models reach better sample quality than GANs.");
        assertEquals(List.of("generation"), a.topicIds());
        assertEquals(TopicAssignment.Source.AUTO, a.source());
        assertEquals(List.of(List.of("GAN", "diffusion model", "image synthesis")), a.reasons());
        assertFalse(a.lowConfidence());
    }

    @Test
    void addsASecondaryTopicWithStrongEvidence() {
        TopicAssignment a = classifier.classify("Adversarial robustness of GANs and diffusion models",
                "Adversarial attacks on GAN discriminators; robustness to corruption.");
        assertEquals(List.of("robustness", "generation"), a.topicIds());
    }

    @Test
    void neverLeavesAPaperWithoutATopic() {
        TopicAssignment a = classifier.classify("On cooking pasta", "Boil water, add salt.");
        assertEquals(List.of("robustness"), a.topicIds());
        assertTrue(a.lowConfidence());
        assertEquals(List.of(List.of()), a.reasons());
    }

    @Test
    void usesCuratedTopicsAsWritten() {
        Paper p = new Paper("x", "x.md", "Adversarial GANs", List.of(), null, null, "", "", "", "", List.of("nas"),
                List.of(), false, "", "adversarial adversarial", null);
        TopicAssignment a = classifier.assign(p);
        assertEquals(List.of("nas"), a.topicIds());
        assertEquals(TopicAssignment.Source.CURATED, a.source());
    }

    @Test
    void isDeterministic() {
        String t = "Supernet architecture search with adversarial robustness";
        assertEquals(classifier.classify(t, t), classifier.classify(t, t));
    }
}
