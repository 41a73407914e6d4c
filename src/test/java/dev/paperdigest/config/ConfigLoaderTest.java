package dev.paperdigest.config;

import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.model.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void readsSettingsWithDefaults() throws Exception {
        Files.writeString(dir.resolve("site.yaml"), "title: My digest\nbase_url: https://u.github.io/digest\n");
        Diagnostics d = new Diagnostics();
        SiteConfig s = ConfigLoader.loadSite(dir.resolve("site.yaml"), "content/site.yaml", d);
        assertFalse(d.hasErrors(), d.report());
        assertEquals("My digest", s.title());
        assertEquals("https://u.github.io/digest/", s.baseUrl());
        assertEquals("/digest/", s.basePath());
        assertEquals("en", s.language());
        assertEquals("default", s.theme());
        assertEquals(20, s.papersPerPage());
    }

    @Test
    void reportsEveryBadSettingInOneRun() throws Exception {
        Files.writeString(dir.resolve("site.yaml"),
                "titel: typo\nbase_url: ftp://x\npapers_per_page: lots\nlanguage: \"english language\"\n");
        Diagnostics d = new Diagnostics();
        ConfigLoader.loadSite(dir.resolve("site.yaml"), "content/site.yaml", d);
        assertEquals("""
                content/site.yaml:1:1: error: site.yaml needs a 'title'
                  hint: add a line: title: "My paper digest"
                content/site.yaml:1:1: warning: unknown key 'titel' in site.yaml (ignored)
                  hint: known keys: base_url, contact, description, home_papers, issues, language, papers_per_page, theme, title
                content/site.yaml:2:1: error: 'base_url' must be an http(s) URL or a path starting with /, found 'ftp://x'
                  hint: use a full URL such as https://user.github.io/digest/ or a path such as /
                content/site.yaml:3:18: error: 'papers_per_page' must be a whole number from 1 to 1000, found 'lots'
                  hint: for example papers_per_page: 20
                content/site.yaml:4:1: error: 'language' must be a language tag such as en or en-GB, found 'english language'
                  hint: write language: en
                """, d.report());
    }

    @Test
    void readsTheIssuePeriodAndRejectsAnUnknownOne() throws Exception {
        Files.writeString(dir.resolve("site.yaml"), "title: T\nissues: month\n");
        Diagnostics d = new Diagnostics();
        assertEquals(dev.paperdigest.model.IssuePeriod.MONTH, ConfigLoader.loadSite(dir.resolve("site.yaml"), "content/site.yaml", d).issues());
        assertFalse(d.hasErrors(), d.report());
        Files.writeString(dir.resolve("site.yaml"), "title: T\n");
        assertEquals(dev.paperdigest.model.IssuePeriod.WEEK, ConfigLoader.loadSite(dir.resolve("site.yaml"), "content/site.yaml", d).issues());
        Files.writeString(dir.resolve("site.yaml"), "title: T\nissues: fortnight\n");
        Diagnostics bad = new Diagnostics();
        ConfigLoader.loadSite(dir.resolve("site.yaml"), "content/site.yaml", bad);
        assertEquals("""
                content/site.yaml:2:1: error: 'issues' must be day, week or month, found 'fortnight'
                  hint: write issues: week
                """, bad.report());
    }

    @Test
    void readsTopicsInOrderAndRejectsRepeatedIds() throws Exception {
        Files.writeString(dir.resolve("topics.yaml"), """
                - id: b
                  name: B
                  keywords: [x, y z]
                - id: a
                  name: A
                - id: b
                  name: Again
                """);
        Diagnostics d = new Diagnostics();
        var topics = ConfigLoader.loadTopics(dir.resolve("topics.yaml"), "content/topics.yaml", d);
        assertEquals(2, topics.size());
        assertEquals("b", topics.get(0).id());
        assertEquals(java.util.List.of("x", "y z"), topics.get(0).keywords());
        assertEquals("content/topics.yaml:6:3: error: topic id 'b' is used twice (first on line 1)\n"
                + "  hint: give each topic its own id\n", d.report());
    }

    @Test
    void acceptsTheListUnderATopicsKey() throws Exception {
        Files.writeString(dir.resolve("topics.yaml"), "# comment\ntopics:\n  - id: nas\n    name: \"NAS\"\n");
        Diagnostics d = new Diagnostics();
        assertEquals("nas", ConfigLoader.loadTopics(dir.resolve("topics.yaml"), "content/topics.yaml", d).get(0).id());
        assertFalse(d.hasErrors(), d.report());
    }

    @Test
    void namesAMissingFile() {
        Diagnostics d = new Diagnostics();
        ConfigLoader.load(dir, "content", d);
        assertTrue(d.report().contains("content/site.yaml: error: file not found"), d.report());
        assertTrue(d.report().contains("content/topics.yaml: error: file not found"), d.report());
    }
}
