package dev.paperdigest.yaml;

import dev.paperdigest.Linear;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/** Front matter of every known hostile shape takes time linear in its size, whichever reader reads it. */
class YamlLinearTest {
    @Test
    void everyShapeTakesLinearTime() {
        Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
        shapes.put("long plain value", n -> "title: " + "x".repeat(n) + "\n");
        shapes.put("long quoted value with escapes", n -> "title: \"" + "a\\\"b".repeat(n / 4) + "\"\n");
        shapes.put("long flow list", n -> "authors: [" + "\"A B\", ".repeat(n / 7) + "\"C\"]\n");
        shapes.put("long block list", n -> "authors:\n" + "  - A B\n".repeat(n / 8));
        shapes.put("many keys", n -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; b.length() < n; i++) b.append("k").append(i).append(": v\n");
            return b.toString();
        });
        shapes.put("nested flow brackets", n -> "title: " + "[".repeat(n / 2) + "]".repeat(n / 2) + "\n");
        shapes.put("nested flow braces", n -> "title: " + "{a: ".repeat(n / 4) + "}".repeat(n / 4) + "\n");
        shapes.put("spaces", n -> "title:" + " ".repeat(n) + "x\n");
        shapes.put("anchors and aliases", n -> "a: &x v\n" + "b: *x\n".repeat(n / 6));
        shapes.put("tabs and control characters", n -> "title: \"" + "\t\u0001".repeat(n / 2) + "\"\n");
        for (Map.Entry<String, IntFunction<String>> e : shapes.entrySet()) {
            Linear.assertLinear(e.getKey(), e.getValue(), 20_000, text -> {
                try {
                    Yaml.parse(text, 2);
                } catch (YamlSyntaxException expected) {
                    // refusing is fine; refusing slowly is not
                }
            });
        }
    }
}
