package dev.paperdigest.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.paperdigest.model.Paper;
import dev.paperdigest.text.Venues;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What search engines and citation managers read from a paper page: Google Scholar's
 * {@code citation_*} meta tags and a schema.org {@code ScholarlyArticle} in JSON-LD. The JSON-LD
 * escapes {@code <}, {@code >} and {@code &}, so no title can close its script element.
 */
final class Scholar {
    private static final JsonFactory JSON = new JsonFactory();

    private Scholar() {
    }

    static List<Views.Meta> citationMeta(Paper p, String pageUrl, String pdfUrl) {
        List<Views.Meta> m = new ArrayList<>();
        m.add(new Views.Meta("citation_title", p.title()));
        for (String a : p.authors()) m.add(new Views.Meta("citation_author", a));
        if (p.date() != null) m.add(new Views.Meta("citation_publication_date", p.date().toString().replace('-', '/')));
        String venue = p.extras().venue();
        if (!venue.isEmpty()) {
            // Scholar reads a conference paper's venue from citation_conference_title
            boolean conference = Venues.kind(venue) == Venues.Kind.CONFERENCE;
            m.add(new Views.Meta(conference ? "citation_conference_title" : "citation_journal_title", venue));
        }
        if (!p.extras().doi().isEmpty()) m.add(new Views.Meta("citation_doi", p.extras().doi()));
        if (!p.arxiv().isEmpty()) m.add(new Views.Meta("citation_arxiv_id", p.arxiv()));
        if (!pdfUrl.isEmpty()) m.add(new Views.Meta("citation_pdf_url", pdfUrl));
        m.add(new Views.Meta("citation_abstract_html_url", pageUrl));
        return m;
    }

    static String jsonLd(Paper p, String pageUrl, List<String> topics) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("@context", "https://schema.org");
            g.writeStringField("@type", "ScholarlyArticle");
            g.writeStringField("headline", p.title());
            g.writeStringField("name", p.title());
            if (!p.authors().isEmpty()) {
                g.writeArrayFieldStart("author");
                for (String a : p.authors()) {
                    g.writeStartObject();
                    g.writeStringField("@type", "Person");
                    g.writeStringField("name", a);
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (p.date() != null) g.writeStringField("datePublished", p.date().toString());
            if (!p.abstractText().isEmpty()) g.writeStringField("abstract", p.abstractText());
            g.writeStringField("url", pageUrl);
            List<String> same = new ArrayList<>();
            if (!p.arxivAbsUrl().isEmpty()) same.add(p.arxivAbsUrl());
            if (!p.extras().doiUrl().isEmpty()) same.add(p.extras().doiUrl());
            if (!same.isEmpty()) {
                g.writeArrayFieldStart("sameAs");
                for (String s : same) g.writeString(s);
                g.writeEndArray();
            }
            if (!topics.isEmpty()) {
                g.writeArrayFieldStart("about");
                for (String t : topics) g.writeString(t);
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
