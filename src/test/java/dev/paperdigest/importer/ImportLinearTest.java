package dev.paperdigest.importer;

import dev.paperdigest.Linear;
import dev.paperdigest.diag.Diagnostics;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/** Every import format takes time linear in its input, for each known hostile shape. */
class ImportLinearTest {
    @Test
    void everyFormatAndShapeTakesLinearTime() {
        Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
        shapes.put("bibtex: nested braces", n -> "@article{a, title={" + "{".repeat(n / 2) + "}".repeat(n / 2) + "}, year={2020}}\n");
        shapes.put("bibtex: long field", n -> "@article{a, title={" + "word ".repeat(n / 5) + "}, year={2020}}\n");
        shapes.put("bibtex: many entries", n -> "@misc{k, title={T}, author={A B}, year={2020}}\n".repeat(n / 48));
        shapes.put("bibtex: many authors", n -> "@misc{k, title={T}, author={" + "A B and ".repeat(n / 8) + "C}}\n");
        shapes.put("bibtex: string concatenation", n -> "@string{s = \"x\"}\n@misc{k, title = s" + " # s".repeat(n / 4) + "}\n");
        shapes.put("bibtex: backslashes", n -> "@misc{k, title={" + "\\\\".repeat(n / 2) + "}}\n");
        shapes.put("arxiv: many entries", n -> "<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<entry><id>http://arxiv.org/abs/2005.12345v1</id><title>T</title><summary>S</summary></entry>".repeat(n / 90) + "</feed>");
        shapes.put("arxiv: deep nesting", n -> "<feed xmlns=\"http://www.w3.org/2005/Atom\">" + "<x>".repeat(n / 7) + "</x>".repeat(n / 7) + "</feed>");
        shapes.put("huggingface: many items", n -> "[" + "{\"paper\":{\"id\":\"2005.12345\",\"title\":\"T\",\"summary\":\"S\"}},".repeat(n / 60) + "{}]");
        shapes.put("huggingface: deep arrays", n -> "[".repeat(n / 2) + "]".repeat(n / 2));
        shapes.put("s2: long string", n -> "{\"title\":\"" + "x".repeat(n) + "\",\"paperId\":\"p\"}");
        shapes.put("trending: long lines", n -> ("Title " + "x".repeat(n / 4) + "\n" + "Abstract " + "y".repeat(n / 4) + "\n").repeat(2));
        shapes.put("trending: many short lines", n -> "A title\nAn abstract of it.\n".repeat(n / 30));
        for (Map.Entry<String, IntFunction<String>> e : shapes.entrySet()) {
            Linear.assertLinear(e.getKey(), e.getValue(), 10_000, text -> SourceFormat.detect(text).parse(text, "in", new Diagnostics()));
        }
    }
}
