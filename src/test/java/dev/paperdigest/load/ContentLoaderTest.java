package dev.paperdigest.load;

import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.model.Paper;
import dev.paperdigest.model.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentLoaderTest {
    @TempDir
    Path dir;

    /**
     * Files read in parallel, a third of them broken: every valid paper is kept, every broken one
     * reported, however the reads interleave (each file's errors are counted on their own).
     */
    @Test
    void keepsEveryValidPaperWhileOtherFilesFailInParallel() throws IOException {
        Path papers = Files.createDirectories(dir.resolve("content/papers"));
        List<Topic> topics = List.of(new Topic("a", "A", "", List.of()));
        int valid = 0;
        for (int i = 0; i < 1500; i++) {
            String name = String.format("p-%04d.md", i);
            if (i % 3 == 0) {
                Files.writeString(papers.resolve(name), "---\ntitle: \"Broken " + i + "\"\ntopics: [nosuchtopic]\n---\n\nText.\n");
            } else {
                Files.writeString(papers.resolve(name), "---\ntitle: \"Paper " + i + "\"\ntopics: [a]\n---\n\nText.\n");
                valid++;
            }
        }
        for (int round = 0; round < 5; round++) {
            Diagnostics diags = new Diagnostics();
            List<Paper> loaded = round % 2 == 0
                    ? ContentLoader.load(dir.resolve("content"), "content", topics, diags)
                    : ContentLoader.load(dir.resolve("content"), "content", topics, diags, new ConcurrentHashMap<>());
            assertEquals(valid, loaded.size(), "round " + round);
            assertEquals(500, diags.errorCount(), "round " + round);
        }
    }
}
