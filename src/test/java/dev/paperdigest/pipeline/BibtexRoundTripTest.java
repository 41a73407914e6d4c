package dev.paperdigest.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperdigest.TestFiles;
import dev.paperdigest.importer.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site's own papers.bib imports back into an empty digest with the same titles, authors, dates
 * (to the day) and categories: for every import format's fixture, and for generated papers whose
 * fields hold everything TeX and BibTeX give a meaning to.
 */
class BibtexRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate ADDED = LocalDate.of(2026, 11, 26);

    @TempDir
    Path tmp;

    @Test
    void importsEveryFormatAndGetsTheSamePapersBackFromPapersBib() throws Exception {
        Path a = digest("a");
        Importer importer = new Importer(a.resolve("content/papers"), "content/papers", new Importer.Options(ADDED, false, false, null));
        List<Path> inputs;
        try (Stream<Path> s = Files.walk(TestFiles.resources().resolve("import"))) {
            inputs = s.filter(p -> p.getFileName().toString().startsWith("input.")).sorted().toList();
        }
        for (Path in : inputs) importer.importFile(in, in.getFileName().toString());
        assertEquals(0, importer.report().diagnostics().errorCount(), importer.report().diagnostics().report());
        assertEquals(27, importer.report().added(), importer.report().summary());
        assertSameAfterRoundTrip(a);
    }

    @Test
    void getsBackGeneratedPapersWhoseFieldsHoldTexSyntax() throws Exception {
        Path a = digest("generated");
        Random random = new Random(7);
        String alphabet = "ab AB{}\\$&%#_~^`'-\",.:;()[]<>é😀";
        for (int n = 0; n < 300; n++) {
            String title = "T" + n + " " + random(random, alphabet, 30);
            List<String> authors = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                String name = random(random, alphabet + "  ", 12);
                if (random.nextInt(5) == 0) name = name + " and";
                if (random.nextInt(7) == 0) name = "and " + name + ", Jr.";
                authors.add(name);
            }
            if (random.nextInt(10) == 0) authors.add("others");
            String date = switch (random.nextInt(3)) {
                case 0 -> "2016";
                case 1 -> "2016-0" + (1 + random.nextInt(9));
                default -> "2016-06-" + (10 + random.nextInt(18));
            };
            List<String> categories = new ArrayList<>();
            if (random.nextBoolean()) categories.add("cs.CV");
            if (random.nextInt(4) == 0) categories.add("cs.CV}, title={x");
            if (random.nextInt(4) == 0) categories.add("a, b");
            StringBuilder file = new StringBuilder("---\ntitle: ").append(JSON.writeValueAsString(title)).append('\n');
            file.append("authors: ").append(JSON.writeValueAsString(authors)).append('\n');
            if (random.nextInt(6) == 0) file.append("authors_truncated: true\n");
            file.append("date: ").append(date).append('\n');
            if (!categories.isEmpty()) file.append("categories: ").append(JSON.writeValueAsString(categories)).append('\n');
            if (random.nextInt(3) == 0) file.append("arxiv: \"1601.").append(String.format("%05d", n)).append("\"\n");
            if (random.nextInt(4) == 0) file.append("doi: \"10.1000/x{").append(n).append("}_y\"\n");
            file.append("---\n\nAbstract ").append(n).append(".\n");
            Files.writeString(a.resolve("content/papers/p" + n + ".md"), file);
        }
        assertSameAfterRoundTrip(a);
    }

    private static String random(Random random, String alphabet, int max) {
        StringBuilder sb = new StringBuilder();
        int len = 1 + random.nextInt(max);
        for (int i = 0; i < len; ) {
            int cp = alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length()))));
            sb.appendCodePoint(cp);
            i++;
        }
        return sb.toString();
    }

    private Path digest(String name) throws Exception {
        Path root = tmp.resolve(name);
        Files.createDirectories(root.resolve("content/papers"));
        Path small = TestFiles.resources().resolve("sites/small/content");
        Files.copy(small.resolve("site.yaml"), root.resolve("content/site.yaml"));
        Files.copy(small.resolve("topics.yaml"), root.resolve("content/topics.yaml"));
        return root;
    }

    /** Builds {@code a}, imports its papers.bib into an empty digest, builds that, and compares both papers.json. */
    private void assertSameAfterRoundTrip(Path a) throws Exception {
        BuildResult first = new Build("t").run(new BuildOptions(a, a.resolve("site"), null, false));
        assertTrue(first.ok(), first.diagnostics().report());
        Path b = digest(a.getFileName() + "-back");
        Importer back = new Importer(b.resolve("content/papers"), "content/papers", new Importer.Options(ADDED, false, false, null));
        back.importFile(a.resolve("site/papers.bib"), "papers.bib");
        assertEquals(0, back.report().diagnostics().errorCount(), back.report().diagnostics().report());
        assertEquals(0, back.report().rejected() + back.report().present(), String.join("\n", back.report().lines()));
        BuildResult second = new Build("t").run(new BuildOptions(b, b.resolve("site"), null, false));
        assertTrue(second.ok(), second.diagnostics().report());
        TreeMap<String, String> before = facts(a);
        TreeMap<String, String> after = facts(b);
        StringBuilder diff = new StringBuilder();
        for (String title : before.keySet()) {
            if (!before.get(title).equals(after.get(title))) {
                diff.append(title).append("\n  before: ").append(before.get(title)).append("\n  after:  ").append(after.get(title)).append('\n');
            }
        }
        for (String title : after.keySet()) if (!before.containsKey(title)) diff.append("new title: ").append(title).append('\n');
        assertEquals("", diff.toString());
        assertEquals(before.size(), after.size());
    }

    /** Title to "authors | truncated | date | categories", for every paper of a built site. */
    private static TreeMap<String, String> facts(Path root) throws Exception {
        TreeMap<String, String> out = new TreeMap<>();
        for (JsonNode p : JSON.readTree(root.resolve("site/papers.json").toFile())) {
            out.put(p.get("title").asText(), p.get("authors") + " | " + p.path("authors_truncated").asBoolean(false)
                    + " | " + p.get("date").asText() + " | " + p.get("categories"));
        }
        return out;
    }
}
