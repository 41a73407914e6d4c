package dev.paperdigest.pipeline;

import dev.paperdigest.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Repeat builds with a cache give the bytes of a clean build, whatever changed in between. */
class CachedBuildTest {
    @TempDir
    Path tmp;
    Path root;
    int clean;

    @BeforeEach
    void digest() {
        root = TestFiles.copy(TestFiles.resources().resolve("sites/small"), tmp.resolve("digest"));
    }

    private BuildResult cached() throws Exception {
        BuildResult r = new Build("t").run(new BuildOptions(root, root.resolve("site"), null, false, root.resolve(".cache")));
        assertTrue(r.ok(), r.diagnostics().report());
        return r;
    }

    /** The cached site equals a clean build of the same content, file for file. */
    private void assertSameAsClean() throws Exception {
        Path fresh = tmp.resolve("clean-" + clean++);
        assertTrue(new Build("t").run(new BuildOptions(root, fresh, null, false)).ok());
        TreeMap<String, byte[]> a = TestFiles.tree(root.resolve("site"));
        TreeMap<String, byte[]> b = TestFiles.tree(fresh);
        assertEquals(b.keySet(), a.keySet());
        for (Map.Entry<String, byte[]> e : b.entrySet()) assertTrue(Arrays.equals(e.getValue(), a.get(e.getKey())), e.getKey());
    }

    private void touch(Path file, String text) throws Exception {
        FileTime before = Files.exists(file) ? Files.getLastModifiedTime(file) : FileTime.fromMillis(0);
        Files.writeString(file, text);
        // file systems with coarse timestamps: make sure the change is visible to the fingerprint
        Files.setLastModifiedTime(file, FileTime.fromMillis(Math.max(System.currentTimeMillis(), before.toMillis() + 2000)));
    }

    @Test
    void doesNothingWhenNothingChanged() throws Exception {
        assertEquals(19, cached().rendered());
        BuildResult again = cached();
        assertTrue(again.upToDate());
        assertEquals(0, again.rendered());
        assertSameAsClean();
    }

    @Test
    void isUpToDateAfterAFirstBuildWhoseFingerprintCameFromTheLoadStage() throws Exception {
        // a first build stats paper files while loading them, everything else up front; the next
        // build walks all inputs: both must see the same inputs, odd files included
        Path papers = root.resolve("content/papers");
        Files.writeString(papers.resolve("notes.txt"), "not a paper");
        Files.writeString(papers.resolve(".hidden.md"), "hidden");
        Files.createDirectories(papers.resolve("drafts")).resolve("x.md").toFile().createNewFile();
        assertFalse(cached().upToDate());
        assertTrue(cached().upToDate());
        touch(papers.resolve("notes.txt"), "changed");
        assertFalse(cached().upToDate(), "a changed non-paper file is an input too");
    }

    @Test
    void rendersOnlyWhatAnEditedPaperTouches() throws Exception {
        cached();
        Path paper = root.resolve("content/papers/deep-residual-learning.md");
        touch(paper, Files.readString(paper).replace("*more difficult*", "*harder*"));
        BuildResult r = cached();
        assertFalse(r.upToDate());
        assertEquals(4, r.rendered(), "its own page, and its topic page and its issue's page and e-mail, whose cards show the abstract");
        assertSameAsClean();
    }

    @Test
    void isNotUpToDateAfterABuildWithoutTheCacheChangedTheSite() throws Exception {
        cached();
        // build --no-cache --base-url https://example.org/digest/ over the same folder
        assertTrue(new Build("t").run(new BuildOptions(root, root.resolve("site"), "https://example.org/digest/", false)).ok());
        assertTrue(Files.readString(root.resolve("site/index.html")).contains("/digest/"));
        BuildResult r = cached();
        assertFalse(r.upToDate(), "the folder holds the /digest/ site, not the one the cache describes");
        assertSameAsClean();
        assertTrue(cached().upToDate());
    }

    @Test
    void forgetsTheFolderAfterABuildWithoutTheCache() throws Exception {
        cached();
        // build --no-cache --drafts: the same marker, another site; the command then forgets the folder
        assertTrue(new Build("t").run(new BuildOptions(root, root.resolve("site"), null, true)).ok());
        Build.forgetCache(root.resolve(".cache"), root.resolve("site"));
        assertTrue(Files.exists(root.resolve("site/papers/hidden-draft/index.html")));
        assertFalse(cached().upToDate());
        assertSameAsClean();
        assertFalse(Files.exists(root.resolve("site/papers/hidden-draft")));
    }

    @Test
    void seesAPaperThatIsALinkToAFileElsewhere() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path target = elsewhere.resolve("linked.md");
        Files.writeString(target, "---\ntitle: \"A Linked Paper\"\ntopics: [robustness]\n---\n\nText.\n");
        cached();
        Path link = root.resolve("content/papers/linked-paper.md");
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }
        assertFalse(cached().upToDate(), "a new paper, by a link");
        assertTrue(Files.exists(root.resolve("site/papers/linked-paper/index.html")));
        assertSameAsClean();
        assertTrue(cached().upToDate());
        touch(target, Files.readString(target).replace("A Linked Paper", "A Paper Behind A Link"));
        assertFalse(cached().upToDate(), "the linked file changed");
        assertSameAsClean();
        Files.delete(target);
        BuildResult broken = new Build("t").run(new BuildOptions(root, root.resolve("site"), null, false, root.resolve(".cache")));
        assertFalse(broken.upToDate(), "the link now points at nothing");
    }

    @Test
    void leavesTheSiteReadableByAWebServerOfAnotherUser() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(root.getFileSystem().supportedFileAttributeViews().contains("posix"));
        cached();
        Path paper = root.resolve("content/papers/deep-residual-learning.md");
        touch(paper, Files.readString(paper).replace("*more difficult*", "*harder*"));
        assertFalse(cached().upToDate());
        Path site = root.resolve("site");
        String dir = java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(site));
        // rwxr-xr-x with the usual umask 022; others may read and enter it with any usual umask
        assertTrue(dir.startsWith("rwx") && dir.charAt(6) == 'r' && dir.charAt(8) == 'x', dir);
        // written by the repeat build through a temporary file, which starts as 0600
        String page = java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(site.resolve("papers/deep-residual-learning/index.html")));
        assertTrue(page.startsWith("rw-") && page.charAt(3) == 'r' && page.charAt(6) == 'r', page);
    }

    @Test
    void survivesADeletedAndARenamedPaper() throws Exception {
        cached();
        Files.delete(root.resolve("content/papers/no-evidence.md"));
        cached();
        assertFalse(Files.exists(root.resolve("site/papers/no-evidence/index.html")));
        assertSameAsClean();
        Files.move(root.resolve("content/papers/gan-survey.md"), root.resolve("content/papers/gan-review.md"));
        cached();
        assertSameAsClean();
        assertFalse(Files.exists(root.resolve("site/papers/gan-survey")), "empty folders of removed pages go too");
    }

    @Test
    void survivesAChangedTemplate() throws Exception {
        cached();
        Path t = Files.createDirectories(root.resolve("themes/default/templates"));
        touch(t.resolve("404.ftlh"), "<!DOCTYPE html><title>gone</title><p>Nothing here</p>\n");
        BuildResult r = cached();
        assertEquals(1, r.rendered(), "only the page of that template");
        assertSameAsClean();
    }

    @Test
    void startsCleanWhenTheCacheIsDeletedOrTheSiteIsGone() throws Exception {
        cached();
        TestFiles.deleteTree(root.resolve(".cache"));
        assertEquals(19, cached().rendered());
        TestFiles.deleteTree(root.resolve("site"));
        assertEquals(19, cached().rendered());
        assertSameAsClean();
    }

    @Test
    void restoresAPageDeletedByHand() throws Exception {
        cached();
        Files.delete(root.resolve("site/papers/gan-survey/index.html"));
        touch(root.resolve("content/papers/extra.md"), "---\ntitle: \"Extra paper\"\ntopics: [nas]\n---\n\nText.\n");
        Files.writeString(root.resolve("content/topics.yaml"), Files.readString(root.resolve("content/topics.yaml"))
                + "- id: nas\n  name: NAS\n");
        touch(root.resolve("content/topics.yaml"), Files.readString(root.resolve("content/topics.yaml")));
        cached();
        assertSameAsClean();
    }

    @Test
    void anAddedOrDeletedPaperRendersOnlyThePagesItReaches() throws Exception {
        assertEquals(19, cached().rendered());
        Path added = root.resolve("content/papers/new-one.md");
        touch(added, "---\ntitle: \"A New One\"\nadded: 2026-01-01\ntopics: [architectures]\n---\n\nA plain network.\n");
        // of 19 pages: its own, its topic's, /topics/ and the home page (their counts), the page that
        // now lists it as related, its issue (new: week 1) and its e-mail, the list of issues, and the
        // issue before it in time, which now links to it (and its e-mail); one more is rendered whose
        // key changed but not its bytes
        assertEquals(List.of("index.html", "issues/2026-W01/email.html", "issues/2026-W01/index.html",
                "issues/2026-W47/email.html", "issues/2026-W47/index.html", "issues/index.html",
                "papers/gan-survey/index.html", "papers/new-one/index.html",
                "topics/architectures/index.html", "topics/index.html"), changedPages(11));
        assertSameAsClean();
        Files.delete(added);
        assertEquals(List.of("index.html", "issues/2026-W47/email.html", "issues/2026-W47/index.html", "issues/index.html",
                "papers/gan-survey/index.html", "topics/architectures/index.html", "topics/index.html"), changedPages(8));
        assertSameAsClean();
    }

    /** A cached build, asserting it rendered {@code rendered} pages; the pages whose bytes it changed. */
    private List<String> changedPages(int rendered) throws Exception {
        TreeMap<String, byte[]> before = TestFiles.tree(root.resolve("site"));
        BuildResult r = cached();
        TreeMap<String, byte[]> after = TestFiles.tree(root.resolve("site"));
        assertEquals(rendered, r.rendered());
        return after.keySet().stream().filter(k -> k.endsWith(".html")).filter(k -> !Arrays.equals(after.get(k), before.get(k))).toList();
    }
}
