package dev.paperdigest.pipeline;

import dev.paperdigest.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code serve}'s rebuilds without a server, a watcher or a sleep: each change is handed to the
 * session as the watcher would, and the site in memory is compared with a clean build.
 */
class SessionTest {
    @TempDir
    Path tmp;
    Path root;
    Session session;
    int clean;

    @BeforeEach
    void digest() throws Exception {
        root = TestFiles.copy(TestFiles.resources().resolve("sites/small"), tmp.resolve("digest"));
        TestFiles.copy(Path.of("themes"), root.resolve("themes"));
        session = new Session(new BuildOptions(root, root.resolve("site"), null, false), "t");
        Session.Result first = session.rebuild(Set.of());
        assertTrue(first.ok(), first.diagnostics().report());
        assertEquals(19, first.pagesRendered());
        assertSameAsClean();
    }

    private void assertSameAsClean() throws Exception {
        Path fresh = tmp.resolve("clean-" + clean++);
        assertTrue(new Build("t").run(new BuildOptions(root, fresh, null, false)).ok());
        TreeMap<String, byte[]> expected = TestFiles.tree(fresh);
        Map<String, byte[]> actual = session.site();
        assertEquals(expected.keySet(), new TreeMap<>(actual).keySet());
        for (Map.Entry<String, byte[]> e : expected.entrySet()) assertTrue(Arrays.equals(e.getValue(), actual.get(e.getKey())), e.getKey());
    }

    private Session.Result after(Path changed) throws Exception {
        Session.Result r = session.rebuild(Set.of(changed));
        assertTrue(r.ok(), r.diagnostics().report());
        assertEquals(null, session.settle().problem());
        return r;
    }

    @Test
    void aTitleEditRendersThePagesThatShowIt() throws Exception {
        Path p = root.resolve("content/papers/gan-survey.md");
        Files.writeString(p, Files.readString(p).replace("A Survey of Generative", "A Short Survey of Generative"));
        Session.Result r = after(p);
        // its page, its topic page, the home page (newest three), its issue's page and e-mail, and the
        // two pages that link it as related
        assertEquals(7, r.pagesRendered());
        assertEquals(Set.of("papers/gan-survey/index.html", "topics/generation/index.html", "index.html",
                "issues/2026-W47/index.html", "issues/2026-W47/email.html",
                "papers/adversarial-examples/index.html", "papers/deep-residual-learning/index.html"), r.changed());
        assertSameAsClean();
    }

    @Test
    void aLayoutEditRendersEveryPageAndAPageTemplateOnlyItsOwn() throws Exception {
        Path base = root.resolve("themes/default/templates/base.ftlh");
        Files.writeString(base, Files.readString(base).replaceFirst("</footer>", " edited</footer>"));
        assertEquals(19, after(base).pagesRendered());
        assertSameAsClean();
        Path paper = root.resolve("themes/default/templates/paper.ftlh");
        Files.writeString(paper, "<#-- edited -->\n", StandardOpenOption.APPEND);
        assertEquals(5, after(paper).pagesRendered(), "the five published papers' pages");
        assertSameAsClean();
    }

    @Test
    void nothingChangedRendersNothing() throws Exception {
        Session.Result r = after(root.resolve("content/papers/gan-survey.md"));
        assertEquals(0, r.pagesRendered());
        assertEquals(Set.of(), r.changed());
        assertEquals(Set.of(), session.settle().changed());
    }

    @Test
    void aBrokenFileKeepsTheLastGoodSiteAndItsFixIsBuilt() throws Exception {
        Map<String, byte[]> good = session.site();
        Path p = root.resolve("content/papers/gan-survey.md");
        String text = Files.readString(p);
        Files.writeString(p, "---\ntitle: [unclosed\n---\n");
        Session.Result broken = session.rebuild(Set.of(p));
        assertFalse(broken.ok());
        assertTrue(broken.diagnostics().report().contains("gan-survey.md:2:"), broken.diagnostics().report());
        assertEquals(good, session.site());
        Files.writeString(p, text.replace("Adversarial Networks", "Adversarial Nets"));
        after(p);
        assertSameAsClean();
    }

    @Test
    void deletedAndAddedPapersAndSettingsChanges() throws Exception {
        Path gone = root.resolve("content/papers/gan-survey.md");
        Files.delete(gone);
        after(gone);
        assertFalse(session.site().containsKey("papers/gan-survey/index.html"));
        assertSameAsClean();
        Path added = root.resolve("content/papers/new-one.md");
        Files.writeString(added, "---\ntitle: \"A New One\"\nadded: 2026-11-30\n---\n\nDiffusion models.\n");
        after(added);
        assertSameAsClean();
        Path site = root.resolve("content/site.yaml");
        Files.writeString(site, Files.readString(site).replace("papers_per_page: 2", "papers_per_page: 1"));
        after(site);
        assertSameAsClean();
        Path topics = root.resolve("content/topics.yaml");
        Files.writeString(topics, Files.readString(topics).replace("\"Backbones.\"", "\"Backbone networks.\""));
        after(topics);
        assertSameAsClean();
    }
}
