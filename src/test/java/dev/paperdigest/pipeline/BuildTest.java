package dev.paperdigest.pipeline;

import dev.paperdigest.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildTest {
    private static final Path SMALL = TestFiles.resources().resolve("sites/small");

    @TempDir
    Path tmp;

    private BuildResult build(Path root, Path out, String baseUrl, boolean drafts) throws Exception {
        BuildResult r = new Build("paper-digest test").run(new BuildOptions(root, out, baseUrl, drafts));
        assertTrue(r.ok(), r.diagnostics().report());
        return r;
    }

    @Test
    void givesTheSameBytesForTheSameInput() throws Exception {
        build(SMALL, tmp.resolve("a"), null, false);
        build(SMALL, tmp.resolve("b"), null, false);
        TreeMap<String, byte[]> a = TestFiles.tree(tmp.resolve("a"));
        TreeMap<String, byte[]> b = TestFiles.tree(tmp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        for (Map.Entry<String, byte[]> e : a.entrySet()) {
            assertTrue(Arrays.equals(e.getValue(), b.get(e.getKey())), e.getKey());
        }
    }

    @Test
    void resolvesEveryLinkAtTheDomainRoot() throws Exception {
        build(SMALL, tmp.resolve("site"), null, false);
        assertEquals(List.of(), LinkCheck.broken(tmp.resolve("site"), "/"));
    }

    @Test
    void resolvesEveryLinkUnderAProjectPath() throws Exception {
        Path out = tmp.resolve("site");
        build(SMALL, out, "https://example.github.io/digest/", false);
        assertEquals(List.of(), LinkCheck.broken(out, "https://example.github.io/digest/"));
        String home = Files.readString(out.resolve("index.html"));
        assertTrue(home.contains("href=\"/digest/css/style.css\""), home);
        assertTrue(home.contains("<link rel=\"canonical\" href=\"https://example.github.io/digest/\">"), home);
        String notFound = Files.readString(out.resolve("404.html"));
        assertTrue(notFound.contains("href=\"/digest/topics/\""), "404 links work at any depth");
        assertTrue(Files.readString(out.resolve("papers.json")).contains("\"path\" : \"/digest/papers/gan-survey/\""));
    }

    @Test
    void leavesDraftsOutUnlessAsked() throws Exception {
        build(SMALL, tmp.resolve("a"), null, false);
        assertFalse(Files.exists(tmp.resolve("a/papers/hidden-draft/index.html")));
        build(SMALL, tmp.resolve("b"), null, true);
        assertTrue(Files.exists(tmp.resolve("b/papers/hidden-draft/index.html")));
    }

    @Test
    void filesEveryPaperUnderATopicAndReachesItFromThere() throws Exception {
        Path out = tmp.resolve("site");
        BuildResult r = build(SMALL, out, null, false);
        assertEquals(5, r.papers());
        StringBuilder topicPages = new StringBuilder();
        try (var walk = Files.walk(out.resolve("topics"))) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".html")).toList()) topicPages.append(Files.readString(p));
        }
        for (String slug : List.of("adversarial-examples", "deep-residual-learning", "gan-survey", "no-evidence", "unsafe-title")) {
            assertTrue(topicPages.toString().contains("href=\"/papers/" + slug + "/\""), slug);
        }
    }

    @Test
    void escapesUntrustedText() throws Exception {
        build(SMALL, tmp.resolve("site"), null, false);
        String page = Files.readString(tmp.resolve("site/papers/unsafe-title/index.html"));
        assertFalse(page.contains("<script>alert"), "no script from title or abstract");
        assertEquals(4, page.split("<script", -1).length - 1, "the theme's own scripts only: theme switch, JSON-LD, site.js, copy.js");
        assertFalse(page.contains("<b>Mallory"), "author names are escaped");
        assertFalse(page.contains("javascript:"), "javascript: links dropped");
        assertFalse(page.contains("onclick"), "event handlers dropped");
        assertTrue(page.contains("<h1 class=\"card-title\">&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; friends</h1>"), page);
    }

    @Test
    void takesMissingTemplatesFromTheDefaultTheme() throws Exception {
        Path root = TestFiles.copy(SMALL, tmp.resolve("digest"));
        Files.writeString(root.resolve("content/site.yaml"),
                Files.readString(root.resolve("content/site.yaml")) + "theme: plain\n");
        Path templates = Files.createDirectories(root.resolve("themes/plain/templates"));
        Files.writeString(templates.resolve("home.ftlh"), "<p>${site.title} has ${paperCount} papers</p>\n");
        Files.createDirectories(root.resolve("themes/plain/static/css"));
        Files.writeString(root.resolve("themes/plain/static/css/style.css"), "body{}\n");
        build(root, root.resolve("site"), null, false);
        assertEquals("<p>Small &lt;Digest&gt; has 5 papers</p>\n", Files.readString(root.resolve("site/index.html")));
        assertEquals("body{}\n", Files.readString(root.resolve("site/css/style.css")));
        assertTrue(Files.readString(root.resolve("site/papers/gan-survey/index.html")).contains("<article class=\"paper card\""));
    }

    @Test
    void buildsADigestWithoutAThemesFolderFromTheBuiltInTheme() throws Exception {
        Path root = TestFiles.copy(SMALL, tmp.resolve("digest"));
        assertFalse(Files.exists(root.resolve("themes")));
        build(root, root.resolve("site"), null, false);
        assertTrue(Files.exists(root.resolve("site/css/style.css")));
    }

    @Test
    void rejectsABadBaseUrlOverride() throws Exception {
        BuildResult r = new Build("t").run(new BuildOptions(SMALL, tmp.resolve("site"), "github.io/x", false));
        assertFalse(r.ok());
        assertEquals("--base-url: error: --base-url must be an http(s) URL or a path starting with /, found 'github.io/x'\n"
                + "  hint: for example --base-url https://user.github.io/digest/\n", r.diagnostics().report());
    }

    @Test
    void refusesToWriteIntoTheContentFolder() throws Exception {
        Path root = TestFiles.copy(SMALL, tmp.resolve("digest"));
        BuildResult r = new Build("t").run(new BuildOptions(root, root.resolve("content"), null, false));
        assertFalse(r.ok());
        assertTrue(r.diagnostics().report().contains("it is or holds the content folder"), r.diagnostics().report());
        assertTrue(Files.exists(root.resolve("content/papers/gan-survey.md")));
    }
}
