package dev.paperdigest.write;

import dev.paperdigest.model.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteWriterTest {
    @TempDir
    Path root;

    private Path content() throws IOException {
        return Files.createDirectories(root.resolve("content"));
    }

    private static OutputFile file(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void swapsTheNewSiteInOnCommit() throws Exception {
        Path out = root.resolve("site");
        try (SiteWriter w = SiteWriter.open(out, root, content())) {
            w.accept(file("index.html", "one"));
            w.commit();
        }
        try (SiteWriter w = SiteWriter.open(out, root, content())) {
            w.accept(file("papers/a/index.html", "two"));
            w.commit();
        }
        assertFalse(Files.exists(out.resolve("index.html")), "files of the old build are gone");
        assertEquals("two", Files.readString(out.resolve("papers/a/index.html")));
        assertTrue(Files.exists(out.resolve(SiteWriter.MARKER)));
        try (Stream<Path> s = Files.list(root)) {
            assertEquals(2, s.count(), "no staging or old folder is left beside the site");
        }
    }

    @Test
    void buildsIntoTheFolderALinkNamesAndKeepsTheLink() throws Exception {
        Path webRoot = root.getParent().resolve("www-" + root.getFileName()).resolve("html");
        Path out = root.resolve("site");
        try {
            Files.createSymbolicLink(out, webRoot);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }
        for (String text : new String[] {"one", "two"}) {
            try (SiteWriter w = SiteWriter.open(out, root, content())) {
                w.accept(file("index.html", text));
                w.commit();
            }
            assertTrue(Files.isSymbolicLink(out), "the link stays a link");
            assertEquals(text, Files.readString(webRoot.resolve("index.html")));
        }
        Path loop = root.resolve("loop");
        Files.createSymbolicLink(loop, loop);
        assertThrows(OutputFolderException.class, () -> SiteWriter.open(loop, root, content()));
    }

    @Test
    void makesModesFromTheUmask() {
        assertEquals("rwxr-xr-x", java.nio.file.attribute.PosixFilePermissions.toString(SiteWriter.mode(0777 & ~022)));
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(SiteWriter.mode(0666 & ~022)));
        assertEquals("rwxrwxr-x", java.nio.file.attribute.PosixFilePermissions.toString(SiteWriter.mode(0777 & ~002)));
        assertEquals("rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(SiteWriter.mode(0666 & ~027)));
        int umask = SiteWriter.umask();
        assertEquals(umask, umask & 0777);
    }

    @Test
    void sweepsAwayWhatKilledBuildsLeftBesideTheSite() throws Exception {
        Path out = root.resolve("site");
        try (SiteWriter w = SiteWriter.open(out, root, content())) {
            w.accept(file("index.html", "one"));
            w.commit();
        }
        Files.createDirectories(root.resolve(".site.staging-123/papers")).resolve("x.html").toFile().createNewFile();
        Files.createDirectories(root.resolve(".site.old-456")).resolve("index.html").toFile().createNewFile();
        Files.createDirectories(root.resolve(".site.tmp")).resolve(".write-789.tmp").toFile().createNewFile();
        Files.writeString(root.resolve(".sitemap.staging-1"), "not ours: another folder's name");
        SiteWriter.Patch patch = new SiteWriter.Patch(out);
        patch.write("papers/a/index.html", "two".getBytes(StandardCharsets.UTF_8));
        try (Stream<Path> s = Files.list(root)) {
            assertEquals(List.of(".site.tmp", ".sitemap.staging-1", "content", "site"),
                    s.map(p -> p.getFileName().toString()).sorted().toList(), "only the patch's temporary folder");
        }
        try (Stream<Path> s = Files.list(root.resolve(".site.tmp"))) {
            assertEquals(1, s.count(), "the new bytes wait beside the site");
        }
        assertFalse(Files.exists(out.resolve("papers")), "nothing of the site changes before finish");
        patch.finish();
        try (Stream<Path> s = Files.list(root)) {
            assertEquals(List.of(".sitemap.staging-1", "content", "site"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (Stream<Path> s = Files.walk(out)) {
            assertEquals(List.of(".paper-digest", "index.html", "papers/a/index.html"),
                    s.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()).sorted().toList());
        }
        Files.createDirectories(root.resolve(".site.staging-124")).resolve("y.html").toFile().createNewFile();
        try (SiteWriter w = SiteWriter.open(out, root, content())) {
            w.accept(file("index.html", "three"));
            w.commit();
        }
        try (Stream<Path> s = Files.list(root)) {
            assertEquals(List.of(".sitemap.staging-1", "content", "site"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void putsTheOldSiteBackWhenABuildWasKilledMidSwap() throws Exception {
        Path out = root.resolve("site");
        try (SiteWriter w = SiteWriter.open(out, root, content())) {
            w.accept(file("index.html", "old"));
            w.commit();
        }
        // the first move of a swap done, the second not: no site/, the old one beside it
        Files.move(out, root.resolve(".site.old-77"));
        Files.createDirectories(root.resolve(".site.staging-78")).resolve("index.html").toFile().createNewFile();
        SiteWriter.Patch patch = new SiteWriter.Patch(out);
        patch.abort();
        assertEquals("old", Files.readString(out.resolve("index.html")));
        try (Stream<Path> s = Files.list(root)) {
            assertEquals(List.of("content", "site"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void patchAbortLeavesTheSiteAsItWas() throws Exception {
        Path out = root.resolve("site");
        try (SiteWriter w = SiteWriter.open(out, root, content())) {
            w.accept(file("index.html", "old"));
            w.commit();
        }
        SiteWriter.Patch patch = new SiteWriter.Patch(out);
        patch.write("index.html", "new".getBytes(StandardCharsets.UTF_8));
        patch.delete(SiteWriter.MARKER);
        patch.abort();
        assertEquals("old", Files.readString(out.resolve("index.html")));
        assertTrue(Files.exists(out.resolve(SiteWriter.MARKER)));
        assertFalse(Files.exists(root.resolve(".site.tmp")));
    }

    @Test
    void leavesThePreviousSiteUntouchedOnAbort() throws Exception {
        Path out = root.resolve("site");
        try (SiteWriter w = SiteWriter.open(out, root, content())) {
            w.accept(file("index.html", "good"));
            w.commit();
        }
        try (SiteWriter w = SiteWriter.open(out, root, content())) {
            w.accept(file("index.html", "half-written"));
        }
        assertEquals("good", Files.readString(out.resolve("index.html")));
    }

    @Test
    void refusesPathsThatLeaveTheSite() throws Exception {
        try (SiteWriter w = SiteWriter.open(root.resolve("site"), root, content())) {
            for (String bad : new String[]{"../evil.html", "/etc/x", "a/../../b", "a//b", "C:/x", "a\\b"}) {
                assertThrows(IOException.class, () -> w.accept(file(bad, "x")), bad);
            }
            w.accept(file("ok/index.html", "x"));
            assertThrows(IOException.class, () -> w.accept(file("ok/index.html", "again")));
            w.accept(file(SiteWriter.MARKER, "the plan's marker replaces the one open wrote"));
            assertThrows(IOException.class, () -> w.accept(file(SiteWriter.MARKER, "but only once")));
        }
        assertFalse(Files.exists(root.getParent().resolve("evil.html")));
    }

    @Test
    void refusesTheDigestRootTheContentFolderAndForeignFolders() throws Exception {
        Path content = content();
        assertThrows(OutputFolderException.class, () -> SiteWriter.open(root, root, content));
        assertThrows(OutputFolderException.class, () -> SiteWriter.open(root.getParent(), root, content));
        assertThrows(OutputFolderException.class, () -> SiteWriter.open(content, root, content));
        assertThrows(OutputFolderException.class, () -> SiteWriter.open(content.resolve("site"), root, content));
        assertThrows(OutputFolderException.class,
                () -> SiteWriter.open(root.resolve("themes/default/static/site"), root, content));
        assertThrows(OutputFolderException.class, () -> SiteWriter.open(root.resolve("themes"), root, content));
        assertThrows(OutputFolderException.class, () -> SiteWriter.open(root.resolve(".paper-digest-cache/site"), root, content));
        Path foreign = Files.createDirectories(root.resolve("docs"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        OutputFolderException e = assertThrows(OutputFolderException.class, () -> SiteWriter.open(foreign, root, content));
        assertTrue(e.getMessage().contains("not empty and was not made by paper-digest"), e.getMessage());
        assertEquals("mine", Files.readString(foreign.resolve("notes.txt")));
    }

    @Test
    void acceptsAnEmptyFolder() throws Exception {
        Path empty = Files.createDirectories(root.resolve("public"));
        try (SiteWriter w = SiteWriter.open(empty, root, content())) {
            w.accept(file("index.html", "x"));
            w.commit();
        }
        assertTrue(Files.exists(empty.resolve("index.html")));
    }
}
