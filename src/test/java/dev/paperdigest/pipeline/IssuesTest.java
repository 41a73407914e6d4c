package dev.paperdigest.pipeline;

import dev.paperdigest.TestFiles;
import dev.paperdigest.model.IssuePeriod;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issues of the digest: the papers added in one day, week or month, with their pages and feed. */
class IssuesTest {
    @TempDir
    Path tmp;

    @Test
    void periodsHaveIsoIdsAndReadableNames() {
        LocalDate thu = LocalDate.of(2026, 11, 26);
        assertEquals("2026-W48", IssuePeriod.WEEK.id(IssuePeriod.WEEK.start(thu)));
        assertEquals("Week 48, 2026 (23\u201329 November)", IssuePeriod.WEEK.label(IssuePeriod.WEEK.start(thu)));
        assertEquals("2026-11-26", IssuePeriod.DAY.id(thu));
        assertEquals("26 November 2026", IssuePeriod.DAY.label(thu));
        assertEquals("2026-11", IssuePeriod.MONTH.id(IssuePeriod.MONTH.start(thu)));
        assertEquals("November 2026", IssuePeriod.MONTH.label(IssuePeriod.MONTH.start(thu)));
        // a week across months and one across years: ISO weeks belong to the year of their Thursday
        LocalDate newYear = LocalDate.of(2027, 1, 1);
        assertEquals(LocalDate.of(2026, 12, 28), IssuePeriod.WEEK.start(newYear));
        assertEquals("2026-W53", IssuePeriod.WEEK.id(IssuePeriod.WEEK.start(newYear)));
        assertEquals("Week 53, 2026 (28 December\u20133 January)", IssuePeriod.WEEK.label(IssuePeriod.WEEK.start(newYear)));
        assertEquals("2025-W01", IssuePeriod.WEEK.id(IssuePeriod.WEEK.start(LocalDate.of(2024, 12, 30))));
    }

    private Path build(String issues, String baseUrl) throws Exception {
        Path root = TestFiles.copy(TestFiles.resources().resolve("sites/small"), tmp.resolve("d-" + issues));
        if (!issues.isEmpty()) {
            Files.writeString(root.resolve("content/site.yaml"), Files.readString(root.resolve("content/site.yaml")) + "issues: " + issues + "\n");
        }
        Path out = tmp.resolve("site-" + issues);
        BuildResult r = new Build("paper-digest test").run(new BuildOptions(root, out, baseUrl, false));
        assertTrue(r.ok(), r.diagnostics().toString());
        return out;
    }

    @Test
    void weeklyIssuesHavePagesLinkedNewerAndOlderAndAFeed() throws Exception {
        Path site = build("", "https://example.github.io/digest/");
        // the small digest's papers were added on 20-22 November (week 47) and 23 November (week 48)
        Document index = Jsoup.parse(site.resolve("issues/index.html").toFile(), "UTF-8");
        assertEquals(List.of("Week 48, 2026 (23\u201329 November)", "Week 47, 2026 (16\u201322 November)"),
                index.select(".issue-list a").eachText());
        assertEquals(List.of("/digest/issues/2026-W48/", "/digest/issues/2026-W47/"), index.select(".issue-list a").eachAttr("href"));

        Document w47 = Jsoup.parse(site.resolve("issues/2026-W47/index.html").toFile(), "UTF-8");
        assertEquals("Week 47, 2026 (16\u201322 November)", w47.selectFirst("h1").text());
        assertEquals("/digest/issues/2026-W48/", w47.selectFirst("a[rel=next]").attr("href"));
        assertTrue(w47.select("a[rel=prev]").isEmpty());
        int cards = w47.select(".card").size();
        assertEquals(4, cards);
        // grouped under their primary topics, in the topics' order
        assertEquals(List.of("Robustness & adversarial", "Generation", "Architectures"), w47.select("section > h2").eachText());

        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertEquals("/digest/issues/2026-W48/", home.selectFirst("#latest-heading a").attr("href"));

        String email = Files.readString(site.resolve("issues/2026-W47/email.html"));
        assertFalse(email.contains("<script"));
        assertFalse(email.contains("stylesheet"));
        Document mail = Jsoup.parse(email);
        for (String href : mail.select("a[href]").eachAttr("href")) assertTrue(href.startsWith("https://"), href);
        assertEquals(4, mail.select("a[href^=https://example.github.io/digest/papers/]").size());

        String feed = Files.readString(site.resolve("issues.xml"));
        org.w3c.dom.Document atom = javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(site.resolve("issues.xml").toFile());
        assertEquals(2, atom.getElementsByTagName("entry").getLength());
        assertEquals("https://example.github.io/digest/issues/2026-W48/", ((org.w3c.dom.Element) atom.getElementsByTagName("entry").item(0))
                .getElementsByTagName("id").item(0).getTextContent());
        assertTrue(feed.contains("&lt;a href=\"https://example.github.io/digest/papers/gan-survey/\"&gt;"), feed);
        assertEquals("2026-11-23T00:00:00Z", atom.getElementsByTagName("updated").item(0).getTextContent());
    }

    @Test
    void issuesByDayOrMonth() throws Exception {
        Path days = build("day", null);
        try (var s = Files.list(days.resolve("issues"))) {
            assertEquals(List.of("2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23", "index.html"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        Path months = build("month", null);
        Document index = Jsoup.parse(months.resolve("issues/index.html").toFile(), "UTF-8");
        assertEquals(List.of("November 2026"), index.select(".issue-list a").eachText());
        assertFalse(Files.exists(months.resolve("issues.xml")), "feeds need a full base_url");
    }
}
