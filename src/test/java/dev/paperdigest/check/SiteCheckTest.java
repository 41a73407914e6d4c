package dev.paperdigest.check;

import dev.paperdigest.TestFiles;
import dev.paperdigest.pipeline.Build;
import dev.paperdigest.pipeline.BuildOptions;
import dev.paperdigest.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteCheckTest {
    @TempDir
    Path tmp;

    private Path build(String fixture, String baseUrl) throws Exception {
        Path out = tmp.resolve(fixture);
        BuildResult r = new Build("t").run(new BuildOptions(TestFiles.resources().resolve("sites/" + fixture), out, baseUrl, false));
        assertTrue(r.ok(), r.diagnostics().report());
        return out;
    }

    @Test
    void passesAGoodSiteAtTheRootAndUnderAPath() throws Exception {
        assertEquals(List.of(), SiteCheck.run(build("small", null), "/"));
        Path sub = tmp.resolve("sub");
        new Build("t").run(new BuildOptions(TestFiles.resources().resolve("sites/small"), sub, "https://example.github.io/digest/", false));
        assertEquals(List.of(), SiteCheck.run(sub, "https://example.github.io/digest/"));
    }

    @Test
    void findsABrokenLinkAnEmptyTopicAndADuplicate() throws Exception {
        Path site = build("broken-check", null);
        assertEquals(List.of(
                "papers.json: duplicate paper: cats-again and cats have arXiv id 2101.00001",
                "papers/cats/index.html: broken link https://example.org/digest/papers/missing/",
                "papers/cats/index.html: link https://example.org/elsewhere/ points outside the base path /digest/",
                "topics/empty/index.html: topic 'empty' has no papers"), SiteCheck.run(site, "https://example.org/digest/"));
    }

    @Test
    void findsABrokenAnchorAndAnUnreachablePaper() throws Exception {
        Path site = build("small", null);
        Path page = site.resolve("papers/gan-survey/index.html");
        Files.writeString(page, Files.readString(page).replace("</main>", "<a href=\"#nowhere\">x</a></main>"));
        Path topic = site.resolve("topics/generation/index.html");
        Files.writeString(topic, Files.readString(topic).replace("/papers/gan-survey/", "/papers/no-evidence/"));
        List<String> problems = SiteCheck.run(site, "/");
        assertTrue(problems.contains("papers/gan-survey/index.html: anchor #nowhere is not on the page"), problems.toString());
        assertTrue(problems.contains("topics/generation/index.html: paper gan-survey is filed under 'generation' but its pages do not link it"),
                problems.toString());
    }
}
