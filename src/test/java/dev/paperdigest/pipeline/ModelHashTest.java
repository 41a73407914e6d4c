package dev.paperdigest.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ModelHashTest {
    record Card(String title, List<String> authors, int year) {
    }

    @Test
    void hashesEqualModelsEquallyWhateverTheMapOrder() {
        Map<String, Object> a = new java.util.LinkedHashMap<>();
        a.put("x", new Card("T", List.of("A"), 2020));
        a.put("y", "z");
        Map<String, Object> b = new java.util.LinkedHashMap<>();
        b.put("y", "z");
        b.put("x", new Card("T", List.of("A"), 2020));
        assertEquals(ModelHash.of(a), ModelHash.of(b));
    }

    @Test
    void changesWithAnyField() {
        String base = ModelHash.of(new Card("T", List.of("A"), 2020));
        assertNotEquals(base, ModelHash.of(new Card("T", List.of("A"), 2021)));
        assertNotEquals(base, ModelHash.of(new Card("T.", List.of("A"), 2020)));
        assertNotEquals(base, ModelHash.of(new Card("T", List.of("A", "B"), 2020)));
        assertNotEquals(ModelHash.of(List.of("ab", "c")), ModelHash.of(List.of("a", "bc")));
    }
}
