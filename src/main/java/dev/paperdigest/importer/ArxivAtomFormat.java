package dev.paperdigest.importer;

import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.diag.SourcePos;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * arXiv API Atom feeds: a {@code <feed>} of {@code <entry>} elements. Read with the JDK's StAX
 * parser with DTDs and external entities off, so a hostile feed can neither read local files nor
 * expand entities without bound.
 */
final class ArxivAtomFormat {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String ARXIV = "http://arxiv.org/schemas/atom";

    private ArxivAtomFormat() {
    }

    static XMLInputFactory safeFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException ignored) {
            // not every StAX implementation knows it; DTDs are off anyway
        }
        return f;
    }

    static ParsedSource parse(String text, String display, Diagnostics diags) {
        List<RecordBuilder> out = new ArrayList<>();
        XMLStreamReader r = null;
        try {
            r = safeFactory().createXMLStreamReader(new StringReader(text));
            boolean sawFeed = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) {
                    diags.error(SourcePos.of(display, r.getLocation().getLineNumber(), r.getLocation().getColumnNumber()),
                            "the feed has a DOCTYPE; arXiv feeds have none and entity declarations are not allowed",
                            "remove the <!DOCTYPE ...> declaration");
                    return SourceFormat.collect(List.of());
                }
                if (ev != XMLStreamConstants.START_ELEMENT) continue;
                if (!sawFeed) {
                    if (!"feed".equals(r.getLocalName())) {
                        diags.error(SourcePos.of(display, r.getLocation().getLineNumber(), r.getLocation().getColumnNumber()),
                                "expected an Atom <feed>, found <" + r.getLocalName() + ">",
                                "import the response of the arXiv API (export.arxiv.org/api/query)");
                        return SourceFormat.collect(List.of());
                    }
                    sawFeed = true;
                } else if ("entry".equals(r.getLocalName()) && ATOM.equals(r.getNamespaceURI())) {
                    out.add(entry(r, display));
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
            diags.error(SourcePos.of(display, line, col), "malformed XML: " + xmlMessage(e),
                    "the file must be a whole Atom feed as the arXiv API returns it");
            return SourceFormat.collect(List.of());
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release for a string source
                }
            }
        }
        return SourceFormat.collect(out);
    }

    /** Reads one {@code <entry>}; the reader is on its start tag and ends on its end tag. */
    private static RecordBuilder entry(XMLStreamReader r, String display) throws XMLStreamException {
        RecordBuilder b = RecordBuilder.plain(display + ":" + r.getLocation().getLineNumber());
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) continue;
            String ns = r.getNamespaceURI();
            String name = r.getLocalName();
            if (ATOM.equals(ns)) {
                switch (name) {
                    case "id" -> b.arxiv(r.getElementText());
                    case "title" -> b.title(r.getElementText());
                    case "summary" -> b.abstractText(r.getElementText());
                    case "published" -> b.date(r.getElementText());
                    case "author" -> {
                        author(r, b);
                        continue;
                    }
                    case "category" -> {
                        b.category(r.getAttributeValue(null, "term"));
                        depth++;
                    }
                    case "link" -> {
                        link(r, b);
                        depth++;
                    }
                    default -> skip(r);
                }
            } else if (ARXIV.equals(ns)) {
                switch (name) {
                    case "primary_category" -> {
                        // primary first: put it before any category already seen
                        b.primaryCategory(r.getAttributeValue(null, "term"));
                        depth++;
                    }
                    case "doi" -> b.doi(r.getElementText());
                    case "comment" -> b.comment(r.getElementText());
                    case "journal_ref" -> b.venue(r.getElementText());
                    default -> skip(r);
                }
            } else {
                skip(r);
            }
        }
        return b;
    }

    private static void author(XMLStreamReader r, RecordBuilder b) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if ("name".equals(r.getLocalName())) b.author(r.getElementText());
                else depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static void link(XMLStreamReader r, RecordBuilder b) {
        String href = r.getAttributeValue(null, "href");
        if ("pdf".equals(r.getAttributeValue(null, "title"))) b.pdf(href);
        else if ("alternate".equals(r.getAttributeValue(null, "rel"))) b.url(href);
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) depth++;
            else if (ev == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }

    private static String xmlMessage(XMLStreamException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + 9) : m).strip();
    }
}
