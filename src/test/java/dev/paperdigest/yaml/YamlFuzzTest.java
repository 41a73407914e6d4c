package dev.paperdigest.yaml;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fast front-matter reader against the general one (SnakeYAML through Jackson): where the fast
 * one answers, the general one gives the same tree, positions included. Seeds in
 * {@code YamlFuzzTestInputs/fastPathAgreesWithSnakeYaml/}; {@code -Pfuzz} fuzzes.
 */
class YamlFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void fastPathAgreesWithSnakeYaml(byte[] data) {
        String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
        YamlNode.MapNode plain;
        try {
            plain = PlainYaml.parse(text, 2);
        } catch (RuntimeException e) {
            throw new AssertionError("the fast reader threw on " + text, e);
        }
        if (plain == null) return; // not plain: the general parser alone reads it
        YamlNode general;
        try {
            general = Yaml.general(text, 2);
        } catch (YamlSyntaxException e) {
            throw new AssertionError("the fast reader read what SnakeYAML refuses (" + e.getMessage() + "): " + text);
        }
        assertEquals(general, plain, text);
    }
}
