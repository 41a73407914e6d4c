package dev.paperdigest.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.diag.SourcePos;
import dev.paperdigest.model.PaperDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JSON sources: Hugging Face daily papers (an array of items holding a {@code paper}, or one
 * paper) and the Semantic Scholar Graph API (one paper, an array, or a {@code data} page). Nesting
 * and string lengths are capped so hostile JSON cannot exhaust the stack or memory.
 */
final class JsonFormats {
    static final int MAX_DEPTH = 64;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(5_000_000)
                    .build())
            .build());

    private JsonFormats() {
    }

    static ParsedSource huggingFace(String text, String display, Diagnostics diags) {
        Optional<JsonNode> root = read(text, display, diags);
        if (root.isEmpty()) return SourceFormat.collect(List.of());
        List<RecordBuilder> out = new ArrayList<>();
        JsonNode r = root.get();
        if (r.isArray()) {
            for (int i = 0; i < r.size(); i++) {
                JsonNode item = r.get(i);
                String path = "$[" + i + "]";
                if (item.has("paper") && item.get("paper").isObject()) {
                    JsonNode paper = item.get("paper");
                    RecordBuilder b = hfPaper(paper, display + ":" + path + ".paper");
                    // since 2025 the item's publishedAt is the paper's date less four hours and the
                    // listing day is the paper's submittedOnDailyAt; 2024 items have only publishedAt
                    String day = text(paper, "submittedOnDailyAt");
                    b.listed(day.isEmpty() ? item.path("publishedAt").asText("") : day);
                    if (!b.hasTitle()) b.title(item.path("title").asText(""));
                    out.add(b);
                } else {
                    out.add(hfPaper(item, display + ":" + path));
                }
            }
        } else if (r.isObject()) {
            out.add(hfPaper(r, display + ":$"));
        } else {
            notAnObject(display, diags, "a Hugging Face paper or an array of daily-papers items");
        }
        return SourceFormat.collect(out);
    }

    private static RecordBuilder hfPaper(JsonNode p, String where) {
        RecordBuilder b = RecordBuilder.plain(where)
                .title(text(p, "title"))
                .abstractText(text(p, "summary"))
                .arxiv(text(p, "id"))
                .date(text(p, "publishedAt"))
                .code(text(p, "githubRepo"))
                .project(text(p, "projectPage"));
        for (JsonNode a : p.path("authors")) b.author(a.isTextual() ? a.asText() : text(a, "name"));
        if (p.path("upvotes").canConvertToInt()) b.upvotes(p.get("upvotes").asInt());
        for (JsonNode k : p.path("ai_keywords")) b.tag(k.asText(""));
        return b;
    }

    static ParsedSource semanticScholar(String text, String display, Diagnostics diags) {
        Optional<JsonNode> root = read(text, display, diags);
        if (root.isEmpty()) return SourceFormat.collect(List.of());
        List<RecordBuilder> out = new ArrayList<>();
        JsonNode r = root.get();
        String prefix = "$";
        if (r.isObject() && r.path("data").isArray()) {
            r = r.get("data");
            prefix = "$.data";
        }
        if (r.isArray()) {
            for (int i = 0; i < r.size(); i++) out.add(s2Paper(r.get(i), display + ":" + prefix + "[" + i + "]"));
        } else if (r.isObject()) {
            out.add(s2Paper(r, display + ":$"));
        } else {
            notAnObject(display, diags, "a Semantic Scholar paper, an array of papers or a {\"data\": [...]} page");
        }
        return SourceFormat.collect(out);
    }

    private static RecordBuilder s2Paper(JsonNode p, String where) {
        if (p.isNull()) return RecordBuilder.plain(where).reject("not found (the batch response has null for this id)");
        String venue = text(p, "venue");
        RecordBuilder b = RecordBuilder.plain(where)
                .title(text(p, "title"))
                .abstractText(text(p, "abstract"))
                .venue(venue.isBlank() ? text(p.path("journal"), "name") : venue)
                .arxiv(text(p.path("externalIds"), "ArXiv"))
                .doi(text(p.path("externalIds"), "DOI"))
                .pdf(text(p.path("openAccessPdf"), "url"))
                .url(text(p, "url"));
        for (JsonNode a : p.path("authors")) b.author(a.isTextual() ? a.asText() : text(a, "name"));
        String day = text(p, "publicationDate");
        if (!day.isEmpty()) b.date(day);
        else if (p.path("year").canConvertToInt()) b.date(PaperDate.parse(String.valueOf(p.get("year").asInt())).orElse(null));
        return b;
    }

    /** A text field, or "" when absent, null or not a plain value. */
    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText() : "";
    }

    private static Optional<JsonNode> read(String text, String display, Diagnostics diags) {
        try {
            return Optional.of(JSON.readTree(text));
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            diags.error(SourcePos.of(display, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr()),
                    "malformed JSON: " + firstLine(e.getOriginalMessage()),
                    "the file must be one whole JSON document as the API returns it");
            return Optional.empty();
        }
    }

    private static void notAnObject(String display, Diagnostics diags, String expected) {
        diags.error(SourcePos.of(display, 1, 1), "expected " + expected, "check that this is the right file and --format");
    }

    private static String firstLine(String m) {
        if (m == null) return "not JSON";
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
