package dev.paperdigest.render;

import dev.paperdigest.model.ClassifiedPaper;
import dev.paperdigest.model.Digest;
import dev.paperdigest.model.OutputFile;
import dev.paperdigest.model.Paper;
import dev.paperdigest.model.PaperDate;
import dev.paperdigest.model.Topic;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The files for feed readers, search engines and citation managers: Atom feeds (the digest's and one
 * per topic), an OPML list of them, {@code sitemap.xml}, {@code robots.txt}, and BibTeX files (the
 * digest's and one per topic). Feeds and the sitemap need absolute URLs, so they are written only when
 * {@code base_url} is a full URL (CI passes one); dates come from the content, never from the clock.
 */
final class Publishing {
    static final int FEED_ENTRIES = 50;
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final Digest digest;
    private final ViewModels vm;
    private final String baseUrl;

    Publishing(Digest digest, ViewModels vm) {
        this.digest = digest;
        this.vm = vm;
        this.baseUrl = digest.site().baseUrl();
    }

    /** Where the files go, one at a time (they are made in one thread). */
    @FunctionalInterface
    interface FileSink {
        void accept(OutputFile f) throws IOException;
    }

    static boolean absolute(String baseUrl) {
        return baseUrl.startsWith("http://") || baseUrl.startsWith("https://");
    }

    /** Writes every publishing file; returns how many. {@code pagePaths} are the site's pages, for the sitemap. */
    int write(FileSink sink, Map<String, List<ClassifiedPaper>> byTopic, List<String> pagePaths, List<ViewModels.Issue> issues)
            throws IOException {
        int files = 0;
        boolean abs = absolute(baseUrl);
        if (abs) {
            sink.accept(new OutputFile("feed.xml", feed(digest.site().title(), "feed.xml", "", digest.papers())));
            files++;
            for (Topic t : digest.topics()) {
                String path = "topics/" + t.id() + "/feed.xml";
                sink.accept(new OutputFile(path, feed(digest.site().title() + ": " + t.name(), path, "topics/" + t.id() + "/",
                        byTopic.getOrDefault(t.id(), List.of()))));
                files++;
            }
            sink.accept(new OutputFile("issues.xml", issueFeed(issues)));
            files++;
            sink.accept(new OutputFile("feeds.opml", opml()));
            sink.accept(new OutputFile("sitemap.xml", sitemap(pagePaths)));
            files += 2;
        }
        String robots = "User-agent: *\nAllow: /\n" + (abs ? "\nSitemap: " + baseUrl + "sitemap.xml\n" : "");
        sink.accept(new OutputFile("robots.txt", robots.getBytes(StandardCharsets.UTF_8)));
        files++;
        sink.accept(new OutputFile("papers.bib", bib(digest.papers())));
        files++;
        for (Topic t : digest.topics()) {
            sink.accept(new OutputFile("topics/" + t.id() + "/papers.bib", bib(byTopic.getOrDefault(t.id(), List.of()))));
            files++;
        }
        return files;
    }

    /** When a paper entered the digest, for feeds: {@code added}, else its own date, else null. */
    static LocalDate updated(Paper p) {
        if (p.added() != null) return p.added();
        PaperDate d = p.date();
        return d == null ? null : d.firstDay();
    }

    static String rfc3339(LocalDate d) {
        return d + "T00:00:00Z";
    }

    private byte[] feed(String title, String selfPath, String alternatePath, List<ClassifiedPaper> papers) throws IOException {
        List<ClassifiedPaper> newest = new ArrayList<>(papers);
        newest.sort((a, b) -> ViewModels.NEWEST.compare(a.paper(), b.paper()));
        newest = newest.subList(0, Math.min(FEED_ENTRIES, newest.size()));
        LocalDate feedUpdated = newest.stream().map(c -> updated(c.paper())).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(LocalDate.of(2000, 1, 1));
        List<ClassifiedPaper> entries = newest;
        return xml(w -> {
            w.writeStartElement("feed");
            w.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            element(w, "title", title);
            if (!digest.site().description().isEmpty()) element(w, "subtitle", digest.site().description());
            element(w, "id", baseUrl + selfPath);
            link(w, "self", baseUrl + selfPath, "application/atom+xml");
            link(w, "alternate", baseUrl + alternatePath, "text/html");
            element(w, "updated", rfc3339(feedUpdated));
            w.writeStartElement("author");
            element(w, "name", digest.site().title());
            w.writeEndElement();
            element(w, "generator", "paper-digest");
            for (ClassifiedPaper cp : entries) {
                Paper p = cp.paper();
                String url = baseUrl + ViewModels.paperPath(p.slug());
                w.writeStartElement("entry");
                element(w, "title", p.title());
                element(w, "id", url);
                link(w, "alternate", url, "text/html");
                LocalDate u = updated(p);
                element(w, "updated", rfc3339(u == null ? feedUpdated : u));
                if (p.date() != null && p.date().day() != 0) element(w, "published", rfc3339(p.date().firstDay()));
                for (String a : p.authors()) {
                    w.writeStartElement("author");
                    element(w, "name", a);
                    w.writeEndElement();
                }
                for (String t : cp.topics().topicIds()) {
                    w.writeEmptyElement("category");
                    w.writeAttribute("term", t);
                }
                w.writeStartElement("summary");
                w.writeAttribute("type", "html");
                w.writeCharacters(p.abstractHtml());
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    /**
     * The issues feed: one entry per issue (the newest {@value #FEED_ENTRIES}), its content the issue's
     * papers by topic as HTML, so an RSS-to-e-mail service sends one message per issue.
     */
    private byte[] issueFeed(List<ViewModels.Issue> issues) throws IOException {
        List<ViewModels.Issue> entries = issues.subList(0, Math.min(FEED_ENTRIES, issues.size()));
        LocalDate feedUpdated = entries.isEmpty() ? LocalDate.of(2000, 1, 1) : lastAdded(entries.get(0));
        return xml(w -> {
            w.writeStartElement("feed");
            w.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            element(w, "title", digest.site().title() + ": issues");
            if (!digest.site().description().isEmpty()) element(w, "subtitle", digest.site().description());
            element(w, "id", baseUrl + "issues.xml");
            link(w, "self", baseUrl + "issues.xml", "application/atom+xml");
            link(w, "alternate", baseUrl + "issues/", "text/html");
            element(w, "updated", rfc3339(feedUpdated));
            w.writeStartElement("author");
            element(w, "name", digest.site().title());
            w.writeEndElement();
            element(w, "generator", "paper-digest");
            for (ViewModels.Issue issue : entries) {
                String url = baseUrl + ViewModels.issuePath(issue.id());
                w.writeStartElement("entry");
                element(w, "title", digest.site().title() + ": " + issue.label());
                element(w, "id", url);
                link(w, "alternate", url, "text/html");
                element(w, "updated", rfc3339(lastAdded(issue)));
                w.writeStartElement("content");
                w.writeAttribute("type", "html");
                w.writeCharacters(issueHtml(issue));
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    private static LocalDate lastAdded(ViewModels.Issue issue) {
        return issue.papers().stream().map(c -> c.paper().added()).max(Comparator.naturalOrder()).orElse(issue.end());
    }

    /** An issue's papers by primary topic: headings, titles linked, authors, year and the abstract's start. */
    private String issueHtml(ViewModels.Issue issue) {
        StringBuilder sb = new StringBuilder();
        sb.append("<p>").append(issue.papers().size()).append(issue.papers().size() == 1 ? " paper" : " papers")
                .append(" added to ").append(esc(digest.site().title())).append(".</p>\n");
        for (Topic t : digest.topics()) {
            List<ClassifiedPaper> mine = issue.papers().stream().filter(c -> c.topics().primary().equals(t.id())).toList();
            if (mine.isEmpty()) continue;
            sb.append("<h2>").append(esc(t.name())).append("</h2>\n<ul>\n");
            for (ClassifiedPaper cp : mine) {
                Paper p = cp.paper();
                sb.append("<li><a href=\"").append(esc(baseUrl + ViewModels.paperPath(p.slug()))).append("\">")
                        .append(esc(p.title())).append("</a>");
                List<String> authors = ViewModels.cardAuthors(p);
                if (!authors.isEmpty() || p.date() != null) {
                    sb.append("<br>").append(esc(String.join(", ", authors)));
                    if (p.date() != null) sb.append(authors.isEmpty() ? "" : " \u00b7 ").append(p.date().year());
                }
                sb.append("<br>").append(esc(ViewModels.summary(p.abstractText(), ViewModels.SUMMARY_LENGTH))).append("</li>\n");
            }
            sb.append("</ul>\n");
        }
        return sb.toString();
    }

    private static String esc(String s) {
        return dev.paperdigest.text.Texts.escapeHtml(s);
    }

    private byte[] opml() throws IOException {
        return xml(w -> {
            w.writeStartElement("opml");
            w.writeAttribute("version", "2.0");
            w.writeStartElement("head");
            element(w, "title", digest.site().title() + " feeds");
            w.writeEndElement();
            w.writeStartElement("body");
            outline(w, digest.site().title(), "feed.xml", "");
            outline(w, digest.site().title() + ": issues", "issues.xml", "issues/");
            for (Topic t : digest.topics()) {
                outline(w, digest.site().title() + ": " + t.name(), "topics/" + t.id() + "/feed.xml", "topics/" + t.id() + "/");
            }
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    private void outline(XMLStreamWriter w, String title, String feed, String page) throws XMLStreamException {
        w.writeEmptyElement("outline");
        w.writeAttribute("type", "rss");
        w.writeAttribute("text", title);
        w.writeAttribute("title", title);
        w.writeAttribute("xmlUrl", baseUrl + feed);
        w.writeAttribute("htmlUrl", baseUrl + page);
    }

    private byte[] sitemap(List<String> pagePaths) throws IOException {
        List<String> sorted = new ArrayList<>(pagePaths);
        sorted.sort(null);
        return xml(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (String p : sorted) {
                w.writeStartElement("url");
                element(w, "loc", baseUrl + p);
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    private byte[] bib(List<ClassifiedPaper> papers) {
        List<ClassifiedPaper> bySlug = new ArrayList<>(papers);
        bySlug.sort(Comparator.comparing(c -> c.paper().slug()));
        StringBuilder sb = new StringBuilder();
        for (ClassifiedPaper cp : bySlug) sb.append(vm.bibtex(cp.paper())).append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface XmlBody {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static byte[] xml(XmlBody body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("writing XML: " + e.getMessage(), e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("href", href);
        w.writeAttribute("type", type);
    }
}
