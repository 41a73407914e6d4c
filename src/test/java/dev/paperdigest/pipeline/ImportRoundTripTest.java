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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every format's fixture imported into one digest, which then builds with every paper in papers.json. */
class ImportRoundTripTest {
    @TempDir
    Path tmp;

    @Test
    void findsEveryImportedPaperInPapersJson() throws Exception {
        Path root = tmp.resolve("digest");
        Files.createDirectories(root.resolve("content"));
        Path small = TestFiles.resources().resolve("sites/small/content");
        Files.copy(small.resolve("site.yaml"), root.resolve("content/site.yaml"));
        Files.copy(small.resolve("topics.yaml"), root.resolve("content/topics.yaml"));
        Importer importer = new Importer(root.resolve("content/papers"), "content/papers",
                new Importer.Options(LocalDate.of(2026, 11, 26), false, false, null));
        List<Path> inputs;
        try (Stream<Path> s = Files.walk(TestFiles.resources().resolve("import"))) {
            inputs = s.filter(p -> p.getFileName().toString().startsWith("input.")).sorted().toList();
        }
        for (Path in : inputs) importer.importFile(in, in.toString());
        assertEquals(0, importer.report().diagnostics().errorCount(), importer.report().diagnostics().report());
        List<String> added = importer.report().addedFiles();
        assertTrue(added.size() >= 10, added.toString());

        BuildResult r = new Build("t").run(new BuildOptions(root, root.resolve("site"), null, false));
        assertTrue(r.ok(), r.diagnostics().report());
        r.diagnostics().report().lines().filter(l -> !l.startsWith("  hint:")).forEach(l ->
                assertTrue(l.endsWith("warning: no abstract after the front matter"), "only sources without abstracts warn: " + l));
        JsonNode papers = new ObjectMapper().readTree(root.resolve("site/papers.json").toFile());
        Set<String> slugs = new HashSet<>();
        for (JsonNode p : papers) slugs.add(p.get("slug").asText());
        for (String f : added) {
            String slug = f.substring("content/papers/".length(), f.length() - 3);
            assertTrue(slugs.contains(slug), slug);
        }
        assertEquals(added.size(), papers.size(), "the same paper from two sources is imported once");
    }
}
