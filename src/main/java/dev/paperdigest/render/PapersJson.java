package dev.paperdigest.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.paperdigest.model.ClassifiedPaper;
import dev.paperdigest.model.Digest;
import dev.paperdigest.model.Paper;
import dev.paperdigest.model.PaperExtras;
import dev.paperdigest.model.TopicAssignment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * {@code papers.json}: the machine-readable digest, one object per paper in slug order, keys in a
 * fixed order, {@code \n} line endings. Optional values are {@code null} (dates) or empty, never absent,
 * so consumers see one shape.
 */
final class PapersJson {
    private static final JsonFactory JSON = new JsonFactory();

    private PapersJson() {
    }

    static byte[] write(Digest digest, String base) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024 + digest.papers().size() * 1024);
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(pretty);
            g.writeStartArray();
            for (int i = 0; i < digest.papers().size(); i++) writePaper(g, digest.papers().get(i), digest.relatedTo(i), base);
            g.writeEndArray();
            g.writeRaw('\n');
        }
        return bytes.toByteArray();
    }

    private static void writePaper(JsonGenerator g, ClassifiedPaper cp, List<ClassifiedPaper> related, String base)
            throws IOException {
        Paper p = cp.paper();
        TopicAssignment a = cp.topics();
        g.writeStartObject();
        g.writeStringField("slug", p.slug());
        g.writeStringField("title", p.title());
        strings(g, "authors", p.authors());
        if (p.extras().authorsTruncated()) g.writeBooleanField("authors_truncated", true);
        g.writeStringField("date", p.date() == null ? null : p.date().toString());
        g.writeStringField("added", p.added() == null ? null : p.added().toString());
        g.writeStringField("arxiv", p.arxiv());
        g.writeStringField("url", p.primaryUrl());
        g.writeStringField("pdf", p.pdf().isEmpty() ? p.arxivPdfUrl() : p.pdf());
        g.writeStringField("code", p.code());
        strings(g, "topics", a.topicIds());
        g.writeStringField("topic_source", a.source().label());
        if (a.source() == TopicAssignment.Source.AUTO) {
            g.writeObjectFieldStart("topic_scores");
            for (TopicAssignment.Evidence e : a.evidence()) g.writeNumberField(e.topicId(), e.score());
            g.writeEndObject();
            g.writeBooleanField("low_confidence", a.lowConfidence());
        }
        strings(g, "tags", p.tags());
        PaperExtras x = p.extras();
        strings(g, "categories", x.categories());
        g.writeStringField("venue", x.venue());
        g.writeStringField("doi", x.doi());
        g.writeStringField("project", x.project());
        if (x.upvotes() == null) g.writeNullField("upvotes"); else g.writeNumberField("upvotes", x.upvotes());
        strings(g, "related", related.stream().map(r -> r.paper().slug()).toList());
        g.writeStringField("path", base + ViewModels.paperPath(p.slug()));
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }
}
