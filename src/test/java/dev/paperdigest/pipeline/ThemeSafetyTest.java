package dev.paperdigest.pipeline;

import dev.paperdigest.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A theme's static files are content: collisions, bad names and links out of the theme are errors naming the file. */
class ThemeSafetyTest {
    @TempDir
    Path tmp;
    Path root;
    Path statics;

    @BeforeEach
    void digest() throws Exception {
        root = TestFiles.copy(TestFiles.resources().resolve("sites/small"), tmp.resolve("digest"));
        statics = Files.createDirectories(root.resolve("themes/default/static"));
        assertTrue(build().ok());
    }

    private BuildResult build() throws Exception {
        return new Build("t").run(new BuildOptions(root, root.resolve("site"), null, false, root.resolve(".cache")));
    }

    private void assertFailsWith(String expected) throws Exception {
        byte[] before = Files.readAllBytes(root.resolve("site/index.html"));
        BuildResult r = build();
        assertFalse(r.ok());
        assertEquals(expected, r.diagnostics().report().strip());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(root.resolve("site/index.html"))), "the site is untouched");
    }

    @Test
    void aStaticFileInThePlaceOfAPageOrDataFileIsAnErrorNamingBoth() throws Exception {
        Files.writeString(statics.resolve("index.html"), "mine");
        Files.writeString(statics.resolve("papers.json"), "[]");
        assertFailsWith("""
                themes/default/static/index.html: error: static file 'index.html' would replace the page the build makes at index.html
                  hint: rename or remove it; what the build makes there comes from the templates and the content
                themes/default/static/papers.json: error: static file 'papers.json' would replace the file the build makes at papers.json
                  hint: rename or remove it; what the build makes there comes from the templates and the content""");
    }

    @Test
    void aNameUrlsOrFileSystemsCannotCarryIsAnError() throws Exception {
        Files.writeString(statics.resolve("a:b.css"), "x");
        Files.writeString(statics.resolve("what?.txt"), "x");
        assertFailsWith("""
                themes/default/static/a:b.css: error: static file name has ':', which URLs or file systems do not carry as a name
                  hint: rename it with letters, digits, '-', '_' and '.' only
                themes/default/static/what?.txt: error: static file name has '?', which URLs or file systems do not carry as a name
                  hint: rename it with letters, digits, '-', '_' and '.' only""");
    }

    @Test
    void aLinkOutOfTheThemeIsAnErrorAndALinkInsideIsFollowed() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "not for the web");
        Files.createSymbolicLink(statics.resolve("passwd.txt"), secret);
        assertFailsWith("""
                themes/default/static/passwd.txt: error: static file is a link to a file outside the theme's folder
                  hint: copy the file into the theme instead: a link out of it could publish any file of this machine""");
        Files.delete(statics.resolve("passwd.txt"));
        Files.writeString(root.resolve("themes/default/notes.txt"), "inside the theme");
        Files.createSymbolicLink(statics.resolve("notes.txt"), root.resolve("themes/default/notes.txt"));
        assertTrue(build().ok());
        assertEquals("inside the theme", Files.readString(root.resolve("site/notes.txt")));
    }
}
