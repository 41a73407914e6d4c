package dev.paperdigest.classify;

import dev.paperdigest.analysis.DocVectors;
import dev.paperdigest.model.ClassifiedPaper;
import dev.paperdigest.model.Paper;
import dev.paperdigest.model.Topic;
import dev.paperdigest.model.TopicAssignment;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicClassifierTest {
    static final List<Topic> TOPICS = List.of(
            new Topic("robustness", "Robustness", "Attacks and defenses", List.of("adversarial", "robustness")),
            new Topic("generation", "Generation", "Generative models", List.of("GAN", "diffusion model")),
            new Topic("nas", "Architecture search", "Automated search", List.of("architecture search", "supernet")));

    static Paper paper(String slug, String title, String text, String... topics) {
        return new Paper(slug, slug + ".md", title, List.of(), null, null, "", "", "", "", List.of(topics), List.of(),
                false, "", text, null);
    }

    /** Curated papers that teach the words of each topic, and three uncurated ones. */
    static List<Paper> fixture() {
        List<Paper> p = new ArrayList<>();
        p.add(paper("r1", "Perturbations fool classifiers", "Small perturbations of pixels fool image classifiers; we defend with certified bounds.", "robustness"));
        p.add(paper("r2", "Certified defenses against perturbations", "Certified bounds defend classifiers against perturbations of pixels.", "robustness"));
        p.add(paper("g1", "Sampling realistic faces", "A sampler produces realistic faces from noise with a denoising decoder.", "generation"));
        p.add(paper("g2", "Decoders for realistic images", "Denoising decoders sample realistic images and faces from noise.", "generation"));
        p.add(paper("n1", "Evolving cells with controllers", "A controller evolves cells of networks; the controller is rewarded by validation accuracy.", "nas"));
        p.add(paper("n2", "Controllers that design cells", "Cells designed by an evolving controller beat hand-made cells.", "nas"));
        p.add(paper("u1", "Defending classifiers", "Pixels perturbations and certified bounds for classifiers."));
        p.add(paper("u2", "Faces from noise", "Realistic faces sampled by a denoising decoder from noise."));
        p.add(paper("u3", "On cooking pasta", "Boil water, add salt."));
        return p;
    }

    @Test
    void learnsTopicsFromTheCuratedPapers() {
        List<Paper> papers = fixture();
        List<ClassifiedPaper> out = Classification.classifyAll(TOPICS, DocVectors.of(docs(papers)), papers);
        assertEquals(List.of("robustness"), out.get(6).topics().topicIds().subList(0, 1));
        assertEquals("generation", out.get(7).topics().primary());
        assertEquals(TopicAssignment.Source.AUTO, out.get(6).topics().source());
        assertFalse(out.get(6).topics().lowConfidence(), out.get(6).topics().toString());
        assertEquals(TopicAssignment.Source.CURATED, out.get(0).topics().source());
        assertEquals(List.of("robustness"), out.get(0).topics().topicIds());
    }

    @Test
    void givesAPaperWithoutEvidenceItsBestTopicMarkedLowConfidence() {
        List<Paper> papers = fixture();
        TopicAssignment a = Classification.classifyAll(TOPICS, DocVectors.of(docs(papers)), papers).get(8).topics();
        assertEquals(1, a.topicIds().size());
        assertTrue(a.lowConfidence());
    }

    @Test
    void usesKeywordsForTopicsWithoutCuratedPapers() {
        List<Paper> papers = new ArrayList<>(fixture().subList(0, 4));
        papers.add(paper("u", "A supernet for architecture search", "We search architectures with a weight-sharing supernet."));
        TopicAssignment a = Classification.classifyAll(TOPICS, DocVectors.of(docs(papers)), papers).get(4).topics();
        assertEquals("nas", a.primary());
        assertEquals(List.of("architecture search", "supernet"), a.evidence().get(0).keywords());
        assertTrue(a.evidence().get(0).terms().contains("supernet"), a.evidence().get(0).terms().toString());
    }

    @Test
    void isDeterministic() {
        List<Paper> papers = fixture();
        DocVectors v = DocVectors.of(docs(papers));
        assertEquals(Classification.classifyAll(TOPICS, v, papers), Classification.classifyAll(TOPICS, DocVectors.of(docs(papers)), papers));
    }

    @Test
    void reportsCrossValidatedAccuracyInAFixedFormat() {
        List<Paper> papers = fixture().subList(0, 6);
        Evaluation.Result r = Evaluation.run(TOPICS, DocVectors.of(docs(papers)), papers, 2);
        assertEquals(6, r.papers());
        assertEquals(6, r.inCurated(), r.format());
        assertEquals("""
                2-fold cross-validation over 6 curated papers
                top-1 accuracy (predicted primary = curated primary): 1.000 (6/6)
                primary in curated topics accuracy:                   1.000 (6/6)

                topic                precision    recall        f1  papers
                robustness               1.000     1.000     1.000       2
                generation               1.000     1.000     1.000       2
                nas                      1.000     1.000     1.000       2

                confusions that cost most (curated primary -> predicted, outside the curated topics):
                  none
                """, r.format());
    }

    static List<DocVectors.Doc> docs(List<Paper> papers) {
        return papers.stream().map(p -> new DocVectors.Doc(p.title(), p.abstractText())).toList();
    }
}
