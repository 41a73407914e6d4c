package dev.paperdigest.enrich;

import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.importer.ContentFile;
import dev.paperdigest.importer.ImportRecord;
import dev.paperdigest.importer.SourceFormat;
import dev.paperdigest.text.Texts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The questions enrich asks, each answered with import records read by the importer's own format
 * readers, and the rule by which a record found by title counts as the paper: the same normalised
 * title (case, punctuation, TeX and accents folded), and, where the curator gave them, the same first
 * author's surname and a year at most one apart (a preprint and its conference version).
 */
final class Lookup {
    static final String S2_FIELDS = "title,authors,year,venue,journal,externalIds,publicationDate";

    private final ApiClient client;
    private final Sources sources;

    Lookup(ApiClient client, Sources sources) {
        this.client = client;
        this.sources = sources;
    }

    /** The arXiv record of {@code id}, or empty when arXiv has no such paper. */
    Optional<ImportRecord> arxivById(String id) throws ApiClient.Unreachable {
        ApiClient.Answer a = client.get("arxiv", sources.arxivApi() + "?id_list=" + enc(id) + "&max_results=1");
        if (!a.found()) return Optional.empty();
        return parse(SourceFormat.ARXIV, a.body(), "arXiv").stream().filter(r -> r.arxiv().equals(id)).findFirst();
    }

    /** arXiv papers whose title has the words of {@code title} (arXiv's own title search). */
    List<ImportRecord> arxivByTitle(String title) throws ApiClient.Unreachable {
        String words = Texts.titleKey(title);
        if (words.isEmpty()) return List.of();
        ApiClient.Answer a = client.get("arxiv", sources.arxivApi() + "?search_query=" + enc("ti:\"" + words + "\"")
                + "&start=0&max_results=10");
        return a.found() ? parse(SourceFormat.ARXIV, a.body(), "arXiv") : List.of();
    }

    /** Semantic Scholar's best title match, or empty when it has none. */
    Optional<ImportRecord> s2ByTitle(String title) throws ApiClient.Unreachable {
        ApiClient.Answer a = client.get("s2", sources.s2Api() + "/paper/search/match?query=" + enc(title) + "&fields=" + S2_FIELDS);
        if (!a.found()) return Optional.empty();
        return parse(SourceFormat.SEMANTIC_SCHOLAR, a.body(), "Semantic Scholar").stream().findFirst();
    }

    /** Semantic Scholar's record of {@code ARXIV:...} or {@code DOI:...}, or empty when it has none. */
    Optional<ImportRecord> s2ById(String id) throws ApiClient.Unreachable {
        ApiClient.Answer a = client.post("s2", sources.s2Api() + "/paper/batch?fields=" + S2_FIELDS,
                "{\"ids\":[\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]}");
        if (!a.found()) return Optional.empty();
        return parse(SourceFormat.SEMANTIC_SCHOLAR, a.body(), "Semantic Scholar").stream().findFirst();
    }

    /** Hugging Face's page of the arXiv paper {@code id} (code, project page, upvotes), or empty. */
    Optional<ImportRecord> huggingFace(String id) throws ApiClient.Unreachable {
        ApiClient.Answer a = client.get("hf", sources.hfApi() + "/papers/" + enc(id));
        if (!a.found()) return Optional.empty();
        return parse(SourceFormat.HUGGINGFACE, a.body(), "Hugging Face").stream().filter(r -> r.arxiv().equals(id)).findFirst();
    }

    /** Whether a record found by title is the paper of {@code f}. */
    static boolean matches(ContentFile.Facts f, ImportRecord r) {
        if (Texts.titleKey(f.title()).isEmpty() || !Texts.titleKey(f.title()).equals(Texts.titleKey(r.title()))) return false;
        if (!f.authors().isEmpty() && !r.authors().isEmpty()
                && !surname(f.authors().get(0)).equals(surname(r.authors().get(0)))) return false;
        return f.year() == 0 || r.date() == null || Math.abs(f.year() - r.date().year()) <= 1;
    }

    /** A name's last word, accents and case folded: "Hervé Jégou" and "H. Jegou" share "jegou". */
    static String surname(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String[] words = folded.replaceAll("[^\\p{L}\\p{N} ]+", " ").strip().split("\\s+");
        return words[words.length - 1];
    }

    /** A response the format reader cannot read is no answer for this paper (noted), not a network failure. */
    private List<ImportRecord> parse(SourceFormat format, String body, String display) {
        Diagnostics d = new Diagnostics();
        List<ImportRecord> records = ContentFile.records(format, body, display, d);
        if (d.hasErrors()) unreadable.add(display + " answered with something it cannot read: " + d.sorted().get(0).message());
        return records;
    }

    /** What could not be read since the last call, once each; the list is emptied. */
    List<String> takeUnreadable() {
        List<String> out = List.copyOf(new java.util.LinkedHashSet<>(unreadable));
        unreadable.clear();
        return out;
    }

    private final List<String> unreadable = new java.util.ArrayList<>();

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
