package dev.paperdigest.yaml;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class YamlTest {
    @Test
    void givesFilePositionsOfKeysAndValues() throws Exception {
        YamlNode root = Yaml.parse("title: \"A\"\ntopics:\n  - one\n  - two\n", 2);
        YamlNode.MapNode map = assertInstanceOf(YamlNode.MapNode.class, root);
        YamlNode.Entry topics = map.entries().get("topics");
        assertEquals(3, topics.line());
        assertEquals(1, topics.column());
        YamlNode.Seq seq = assertInstanceOf(YamlNode.Seq.class, topics.value());
        assertEquals(5, seq.items().get(1).line());
        assertEquals(5, seq.items().get(1).column());
    }

    @Test
    void keepsTheSourceTextOfNumbers() throws Exception {
        YamlNode.MapNode map = (YamlNode.MapNode) Yaml.parse("arxiv: 1512.03380\n", 1);
        YamlNode.Scalar s = assertInstanceOf(YamlNode.Scalar.class, map.get("arxiv"));
        assertEquals("1512.03380", s.text());
        assertEquals(YamlNode.Scalar.Kind.NUMBER, s.kind());
    }

    @Test
    void rejectsARepeatedKeyNamingBothLines() {
        YamlSyntaxException e = assertThrows(YamlSyntaxException.class, () -> Yaml.parse("a: 1\nb: 2\na: 3\n", 2));
        assertEquals("key 'a' appears twice (first on line 2)", e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void reportsSyntaxErrorsAtTheirFileLine() {
        YamlSyntaxException e = assertThrows(YamlSyntaxException.class,
                () -> Yaml.parse("title: ok\ntopics: [a, b\n", 2));
        assertEquals(3, e.line(), e.getMessage());
        assertEquals("while parsing a flow sequence started on line 3: expected ',' or ']', but got <stream end>",
                e.getMessage());
    }

    @Test
    void treatsAnEmptyDocumentAsAnEmptyMapping() throws Exception {
        YamlNode.MapNode map = assertInstanceOf(YamlNode.MapNode.class, Yaml.parse("", 2));
        assertEquals(0, map.entries().size());
    }
}
