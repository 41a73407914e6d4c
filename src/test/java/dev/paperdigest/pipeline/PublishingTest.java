package dev.paperdigest.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperdigest.TestFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Feeds, sitemap, robots.txt, OPML, BibTeX and citation metadata of a site built for a project path. */
class PublishingTest {
    static final String BASE = "https://example.github.io/digest/";
    static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = tmp.resolve("site");
        BuildResult r = new Build("t").run(new BuildOptions(TestFiles.resources().resolve("sites/small"), site, BASE, false));
        assertTrue(r.ok(), r.diagnostics().report());
    }

    static org.w3c.dom.Document xml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    static String child(Element e, String name) {
        NodeList l = e.getElementsByTagNameNS(ATOM, name);
        return l.getLength() == 0 ? null : l.item(0).getTextContent();
    }

    /** The Atom rules readers enforce: required elements, RFC 3339 dates, absolute unique ids, a self link. */
    static void assertValidAtom(Path file) throws Exception {
        Element feed = xml(file).getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        for (String required : List.of("id", "title", "updated")) assertTrue(child(feed, required) != null, required + " in " + file);
        OffsetDateTime.parse(child(feed, "updated"));
        boolean self = false;
        NodeList links = feed.getElementsByTagNameNS(ATOM, "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element l = (Element) links.item(i);
            assertTrue(l.getAttribute("href").startsWith(BASE), l.getAttribute("href"));
            if (l.getAttribute("rel").equals("self")) self = true;
        }
        assertTrue(self, "self link in " + file);
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        Set<String> ids = new HashSet<>();
        boolean feedAuthor = feed.getElementsByTagNameNS(ATOM, "author").getLength() > 0;
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            assertTrue(ids.add(child(e, "id")), "unique id " + child(e, "id"));
            assertTrue(child(e, "id").startsWith(BASE));
            assertTrue(child(e, "title") != null && !child(e, "title").isBlank());
            OffsetDateTime.parse(child(e, "updated"));
            if (child(e, "published") != null) OffsetDateTime.parse(child(e, "published"));
            assertTrue(feedAuthor || e.getElementsByTagNameNS(ATOM, "author").getLength() > 0, "an author for every entry");
        }
    }

    @Test
    void writesValidAtomFeedsForTheDigestAndEachTopic() throws Exception {
        assertValidAtom(site.resolve("feed.xml"));
        for (String t : List.of("robustness", "generation", "architectures")) assertValidAtom(site.resolve("topics/" + t + "/feed.xml"));
        Element feed = xml(site.resolve("feed.xml")).getDocumentElement();
        assertEquals("2026-11-23T00:00:00Z", child(feed, "updated"), "the newest added date, not the clock");
        Element first = (Element) feed.getElementsByTagNameNS(ATOM, "entry").item(0);
        assertEquals(BASE + "papers/no-evidence/", child(first, "id"), "newest added first");
    }

    @Test
    void linksFeedsFromPages() throws Exception {
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertEquals(BASE + "feed.xml", home.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"));
        Document topic = Jsoup.parse(site.resolve("topics/robustness/index.html").toFile(), "UTF-8");
        assertEquals(List.of(BASE + "feed.xml", BASE + "issues.xml", BASE + "topics/robustness/feed.xml"),
                topic.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"));
        org.w3c.dom.Document opml = xml(site.resolve("feeds.opml"));
        assertEquals(5, opml.getElementsByTagName("outline").getLength());
    }

    @Test
    void writesSitemapAndRobots() throws Exception {
        org.w3c.dom.Document map = xml(site.resolve("sitemap.xml"));
        NodeList locs = map.getElementsByTagName("loc");
        Set<String> urls = new HashSet<>();
        for (int i = 0; i < locs.getLength(); i++) urls.add(locs.item(i).getTextContent());
        assertTrue(urls.contains(BASE + "papers/gan-survey/"));
        assertTrue(urls.contains(BASE + "topics/robustness/page/2/"));
        assertFalse(urls.contains(BASE + "404.html"));
        try (Stream<Path> pages = Files.walk(site)) {
            // every page but 404.html and the issues' e-mail pages
            assertEquals(pages.filter(p -> p.toString().endsWith(".html") && !p.endsWith("email.html")).count() - 1, urls.size());
        }
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: " + BASE + "sitemap.xml\n", Files.readString(site.resolve("robots.txt")));
        Document page = Jsoup.parse(site.resolve("papers/gan-survey/index.html").toFile(), "UTF-8");
        assertEquals(BASE + "papers/gan-survey/", page.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void describesPapersForScholarAndCitationManagers() throws Exception {
        Document page = Jsoup.parse(site.resolve("papers/deep-residual-learning/index.html").toFile(), "UTF-8");
        assertEquals("Deep Residual Learning for Image Recognition", page.selectFirst("meta[name=citation_title]").attr("content"));
        assertEquals(4, page.select("meta[name=citation_author]").size());
        assertEquals("2015/12/10", page.selectFirst("meta[name=citation_publication_date]").attr("content"));
        assertEquals("https://arxiv.org/pdf/1512.03385", page.selectFirst("meta[name=citation_pdf_url]").attr("content"));
        JsonNode ld = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("ScholarlyArticle", ld.get("@type").asText());
        assertEquals("Kaiming He", ld.get("author").get(0).get("name").asText());
        String bib = page.selectFirst("#bibtex").text();
        assertTrue(bib.startsWith("@misc{deep-residual-learning,"), bib);
        assertTrue(bib.contains("eprint        = {1512.03385}"), bib);
        assertTrue(page.selectFirst("button[data-copy=bibtex]").hasAttr("hidden"), "the copy button appears only with JavaScript");
        assertTrue(Files.readString(site.resolve("papers.bib")).contains("@misc{unsafe-title,"));
        assertTrue(Files.readString(site.resolve("topics/architectures/papers.bib")).startsWith("@misc{deep-residual-learning,"));
    }

    @Test
    void keepsScriptsOutOfJsonLd() throws Exception {
        String html = Files.readString(site.resolve("papers/unsafe-title/index.html"));
        String ld = Jsoup.parse(html).selectFirst("script[type=application/ld+json]").data();
        assertFalse(ld.contains("<"), ld);
        assertEquals("<script>alert('title')</script> & friends", new ObjectMapper().readTree(ld).get("name").asText());
    }
}
