package dev.paperdigest.pipeline;

import dev.paperdigest.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TeX math: KaTeX is packed into a site that has math, and loaded only by the pages that show some. */
class MathPagesTest {
    @TempDir
    Path tmp;

    @Test
    void katexIsWrittenAndLoadedOnlyWhereThereIsMath() throws Exception {
        Path root = TestFiles.copy(TestFiles.resources().resolve("sites/small"), tmp.resolve("d"));
        // a paper with TeX math in its title and abstract (inline, display, a comparison, a TeX dash)
        Files.copy(TestFiles.resources().resolve("sites/extra/delta.md"), root.resolve("content/papers/delta.md"));
        BuildResult r = new Build("paper-digest test").run(new BuildOptions(root, tmp.resolve("site"), null, false));
        assertTrue(r.ok(), r.diagnostics().toString());
        Path site = tmp.resolve("site");
        String paper = Files.readString(site.resolve("papers/delta/index.html"));
        assertTrue(paper.contains("<h1 class=\"card-title\">Entropies with <span class=\"math\">$\\delta$</span>-Interactions</h1>"), paper);
        assertTrue(paper.contains("We bound <span class=\"math\">$x_i$</span> and <span class=\"math\">$y_i$</span> for "
                + "<span class=\"math\">$n \\ge 2$</span>, and show <span class=\"math display\">$$\\sum_i x_i &lt; 1$$</span> holds\u2014always."), paper);
        assertTrue(paper.contains("<script src=\"/katex/katex.min.js\" defer></script>"));
        assertTrue(paper.contains("<link rel=\"stylesheet\" href=\"/katex/katex.min.css\">"));
        assertTrue(Files.readString(site.resolve("topics/generation/index.html")).contains("/katex/katex.min.js"));
        assertFalse(Files.readString(site.resolve("papers/gan-survey/index.html")).contains("katex"));
        assertFalse(Files.readString(site.resolve("topics/architectures/index.html")).contains("katex"));
        // the TeX source stays in what tools read
        assertTrue(Files.readString(site.resolve("papers.json")).contains("Entropies with $\\\\delta$-Interactions"));
        assertTrue(Files.readString(site.resolve("papers.bib")).contains("$\\delta$"));

        String css = Files.readString(site.resolve("katex/katex.min.css"));
        assertFalse(css.contains(".woff)") || css.contains(".ttf)"), "woff2 only");
        List<String> fonts;
        try (var s = Files.list(site.resolve("katex/fonts"))) {
            fonts = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(20, fonts.size(), fonts.toString());
        for (String f : fonts) {
            assertTrue(f.endsWith(".woff2"), f);
            assertTrue(css.contains("url(fonts/" + f + ")"), f);
        }
        assertTrue(Files.size(site.resolve("katex/katex.min.js")) > 100_000);
        assertTrue(Files.exists(site.resolve("katex/LICENSE")));
    }

    @Test
    void aSiteWithoutMathCarriesNoKatex() throws Exception {
        BuildResult r = new Build("paper-digest test").run(new BuildOptions(TestFiles.resources().resolve("sites/small"),
                tmp.resolve("site"), null, false));
        assertTrue(r.ok());
        assertFalse(Files.exists(tmp.resolve("site/katex")));
    }
}
