package dev.paperdigest.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextAnalyzerTest {
    @Test
    void stemsAndDropsStopWords() {
        assertEquals(List.of("network", "adversari", "robust", "network"),
                TextAnalyzer.terms("The networks are adversarially robust; a network's"));
    }

    @Test
    void buildsNormalisedTfIdfVectors() {
        DocVectors v = DocVectors.of(List.of(new DocVectors.Doc("Residual networks", "Deep residual networks."),
                new DocVectors.Doc("Generative models", "Models that generate images.")));
        SparseVector a = v.vector(0);
        assertEquals(1.0, a.dot(a), 1e-9);
        assertEquals(0.0, a.dot(v.vector(1)), 1e-9);
        assertTrue(v.termId("residu") >= 0);
        assertEquals(-1, v.termId("absent"));
    }
}
