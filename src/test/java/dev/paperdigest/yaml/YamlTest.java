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

    /** Where the plain reader answers, it gives the general parser's tree, positions included. */
    private static int samePlainAndGeneral(String yaml, int firstLine) {
        YamlNode.MapNode plain = PlainYaml.parse(yaml, firstLine);
        if (plain == null) return 0;
        try {
            assertEquals(Yaml.general(yaml, firstLine), plain, yaml);
        } catch (YamlSyntaxException e) {
            org.junit.jupiter.api.Assertions.fail("plain reader took YAML the parser rejects: " + e.getMessage() + "\n" + yaml);
        }
        return 1;
    }

    @Test
    void plainReaderAgreesWithTheParserOnEveryShippedAndFixtureFile() throws Exception {
        int plain = 0;
        int all = 0;
        java.util.List<java.nio.file.Path> files = new java.util.ArrayList<>();
        for (String root : java.util.List.of("content", "src/test/resources")) {
            try (java.util.stream.Stream<java.nio.file.Path> w = java.nio.file.Files.walk(java.nio.file.Path.of(root))) {
                // not-utf8: a fixture of a file that is not text at all
                w.filter(p -> (p.toString().endsWith(".md") || p.toString().endsWith(".yaml")) && !p.toString().contains("not-utf8"))
                        .sorted().forEach(files::add);
            }
        }
        for (java.nio.file.Path f : files) {
            String text = dev.paperdigest.text.Texts.contentText(java.nio.file.Files.readString(f));
            if (f.toString().endsWith(".md")) {
                var fm = dev.paperdigest.load.FrontMatter.split(text);
                if (fm.isEmpty()) continue;
                text = fm.get().yaml();
            }
            all++;
            plain += samePlainAndGeneral(text, f.toString().endsWith(".md") ? 2 : 1);
        }
        org.junit.jupiter.api.Assertions.assertTrue(plain > all / 2, plain + " of " + all + " files read without the parser");
    }

    @Test
    void plainReaderAgreesWithTheParserOnGeneratedFrontMatter() {
        String[] keys = {"title", "authors", "date", "arxiv", "topics", "url", "tags", "added", "title"};
        String[] values = {"\"Deep Residual Learning\"", "'single quoted'", "plain words here", "2024-06-16", "2024-6-16",
                "[robustness, nas]", "[a,b]", "[ spaced ]", "[]", "yes", "No", "null", "~", "1512.03385", "\"esc \\\" q\"",
                "https://arxiv.org/abs/1", "a: b", "x #c", "Smith, John", "O'Neil", "\"\"", "''", "trailing ", "\"unclosed",
                "-5", ".inf", "caf\u00e9", "\u4e00\u4e8c", "\"tab\there\"", "a\u2028b", "&anchor x", "*alias", "!tag x", "|", ">",
                "{a: 1}", "@at", "%pct", "`tick`", "\"\u0085\""};
        String[] items = {"- \"A\"", "- plain", "  - \"B\"", "  - two words", "- 42", "-  x", "- [a]", "- ", "-x"};
        java.util.Random random = new java.util.Random(11);
        int plain = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder y = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                if (random.nextInt(10) == 0) y.append("# a comment\n");
                if (random.nextInt(12) == 0) y.append("\n");
                y.append(keys[random.nextInt(keys.length)]).append(':');
                if (random.nextInt(3) == 0) {
                    y.append('\n');
                    for (int j = random.nextInt(4); j >= 0; j--) y.append(items[random.nextInt(items.length)]).append('\n');
                } else {
                    y.append(random.nextInt(15) == 0 ? "  " : " ").append(values[random.nextInt(values.length)]).append('\n');
                }
            }
            plain += samePlainAndGeneral(y.toString(), 1 + random.nextInt(3));
        }
        org.junit.jupiter.api.Assertions.assertTrue(plain > 500, plain + " generated documents read without the parser");
    }
}
