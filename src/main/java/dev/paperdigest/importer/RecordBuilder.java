package dev.paperdigest.importer;

import dev.paperdigest.model.PaperDate;
import dev.paperdigest.text.ArxivIds;
import dev.paperdigest.text.Dois;
import dev.paperdigest.text.Texts;
import dev.paperdigest.text.WritableText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects one record's fields from a source format and normalises them as they come, so every
 * format gets the same cleaning: collapsed whitespace, bare arXiv ids and DOIs, web links only,
 * links that merely repeat the arXiv ones dropped.
 */
final class RecordBuilder {
    /** How a source's author lists say that more authors follow. */
    private static final Pattern MORE_AUTHORS = Pattern.compile("(?i)(et\\.?\\s*al\\.?|others|and\\s+others|and\\s+et\\.?\\s*al\\.?)");
    private static final Pattern ARXIV_LINK = Pattern.compile("https?://(www\\.|export\\.)?arxiv\\.org/(abs|pdf)/.*");
    private static final Pattern DOI_LINK = Pattern.compile("(?i)https?://(dx\\.)?doi\\.org/.*");
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})([T ].*)?$");
    private static final Pattern WEB = Pattern.compile("https?://[^\\s<>\"]+");

    private final String where;
    private final UnaryOperator<String> tex;
    private final List<String> warnings = new ArrayList<>();
    private String title = "";
    private final List<String> authors = new ArrayList<>();
    private boolean authorsTruncated;
    private String rejection;
    private String abstractText = "";
    private PaperDate date;
    private String arxiv = "";
    private String doi = "";
    private String url = "";
    private String pdf = "";
    private String code = "";
    private String project = "";
    private String venue = "";
    private Integer upvotes;
    private final LinkedHashSet<String> categories = new LinkedHashSet<>();
    private String comment = "";
    private LocalDate listed;
    private final LinkedHashSet<String> tags = new LinkedHashSet<>();

    /** For a source whose values are already plain Unicode text (BibTeX decodes its own TeX first). */
    RecordBuilder(String where) {
        this(where, UnaryOperator.identity());
    }

    private RecordBuilder(String where, UnaryOperator<String> tex) {
        this.where = where;
        this.tex = tex;
    }

    /** For a plain-text source (arXiv, Hugging Face, Semantic Scholar, the trending dump): the odd TeX accent is decoded. */
    static RecordBuilder plain(String where) {
        return new RecordBuilder(where, TexText::plain);
    }

    /** What had to be changed to make the record writable, one message each. */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Text the source gave, as it will be written: TeX decoded, characters no file may hold replaced. */
    private String text(String s) {
        return tex.apply(clean(s == null ? "" : s));
    }

    String where() {
        return where;
    }

    RecordBuilder title(String s) {
        title = Texts.collapseSpace(text(s));
        return this;
    }

    /** One author; "et al." or "others" in the list's place says only that more authors follow. */
    RecordBuilder author(String s) {
        String a = Texts.collapseSpace(text(s));
        if (MORE_AUTHORS.matcher(a).matches()) authorsTruncated = true;
        else if (!a.isEmpty()) authors.add(a);
        return this;
    }

    /** One author as the source names it, with no reading of "et al." (BibTeX has done that at brace level 0). */
    RecordBuilder namedAuthor(String s) {
        String a = Texts.collapseSpace(text(s));
        if (!a.isEmpty()) authors.add(a);
        return this;
    }

    /** Marks the author list as cut short by the source. */
    RecordBuilder moreAuthors() {
        authorsTruncated = true;
        return this;
    }

    /** The abstract as plain text: line wraps joined, blank lines kept as paragraph breaks. */
    RecordBuilder abstractText(String s) {
        abstractText = Texts.paragraphs(text(s));
        return this;
    }

    /** A date from an ISO timestamp or day ({@code 2017-10-25T17:59:59Z}); ignored if not one. */
    RecordBuilder date(String s) {
        day(s).map(PaperDate::of).ifPresent(d -> date = d);
        return this;
    }

    RecordBuilder date(PaperDate d) {
        if (d != null) date = d;
        return this;
    }

    RecordBuilder arxiv(String s) {
        ArxivIds.normalise(s).ifPresent(id -> arxiv = id);
        return this;
    }

    /** A DOI; arXiv's own ({@code 10.48550/arXiv.1706.03762}) is the arXiv id, not a DOI of another version. */
    RecordBuilder doi(String s) {
        Dois.normalise(clean(s)).ifPresent(d -> {
            Optional<String> id = ArxivIds.mentioned(d);
            if (id.isPresent()) {
                if (arxiv.isEmpty()) arxiv = id.get();
            } else {
                doi = d;
            }
        });
        return this;
    }

    RecordBuilder url(String s) {
        url = web(s);
        return this;
    }

    RecordBuilder pdf(String s) {
        pdf = web(s);
        return this;
    }

    RecordBuilder code(String s) {
        code = web(s);
        return this;
    }

    RecordBuilder project(String s) {
        project = web(s);
        return this;
    }

    RecordBuilder venue(String s) {
        venue = Texts.collapseSpace(text(s));
        return this;
    }

    RecordBuilder upvotes(Integer n) {
        upvotes = n != null && n >= 0 ? n : null;
        return this;
    }

    RecordBuilder category(String s) {
        String c = Texts.collapseSpace(clean(s));
        if (!c.isEmpty()) categories.add(c);
        return this;
    }

    /** The primary category goes first, whatever order the source lists categories in. */
    RecordBuilder primaryCategory(String s) {
        String c = Texts.collapseSpace(clean(s));
        if (c.isEmpty()) return this;
        List<String> rest = new ArrayList<>(categories);
        rest.remove(c);
        categories.clear();
        categories.add(c);
        categories.addAll(rest);
        return this;
    }

    RecordBuilder comment(String s) {
        comment = Texts.collapseSpace(text(s));
        return this;
    }

    RecordBuilder tag(String s) {
        String t = Texts.collapseSpace(clean(s));
        if (!t.isEmpty()) tags.add(t);
        return this;
    }

    RecordBuilder listed(String s) {
        day(s).ifPresent(d -> listed = d);
        return this;
    }

    /** Marks the record as one that cannot be imported, for {@code reason} (kept over "no title"). */
    RecordBuilder reject(String reason) {
        rejection = reason;
        return this;
    }

    /** Why the record cannot be imported, or null when it can. */
    String rejection() {
        if (rejection != null) return rejection;
        if (title.isEmpty()) return "no title";
        String tooLong = dev.paperdigest.text.Limits.titleProblem(title);
        if (tooLong != null) return tooLong;
        for (String a : authors) {
            String problem = dev.paperdigest.text.Limits.authorProblem(a);
            if (problem != null) return problem;
        }
        return null;
    }

    boolean hasArxiv() {
        return !arxiv.isEmpty();
    }

    boolean hasTitle() {
        return !title.isEmpty();
    }

    ImportRecord build() {
        String u = url;
        String p = pdf;
        String v = venue;
        String note = comment;
        // an arXiv id a source only mentions (in a link, a venue, a note) is still its id
        for (String mention : List.of(u, p, v, note)) {
            if (arxiv.isEmpty()) ArxivIds.mentioned(mention).ifPresent(id -> arxiv = id);
        }
        // "arXiv preprint arXiv:1502.04623" says where the paper is, not where it was published
        if (ArxivIds.onlyBoilerplate(v)) v = "";
        if (ArxivIds.onlyBoilerplate(note)) note = "";
        if (!arxiv.isEmpty()) {
            // the build derives these from the id; writing them again would only let them drift
            if (ARXIV_LINK.matcher(u).matches()) u = "";
            if (ARXIV_LINK.matcher(p).matches()) p = "";
        }
        String d = doi;
        if (DOI_LINK.matcher(u).matches()) {
            // a DOI link is the DOI: keep it as one, and the build links it
            if (d.isEmpty()) d = Dois.normalise(u).orElse("");
            if (!d.isEmpty()) u = "";
        }
        return new ImportRecord(where, title, authors, authorsTruncated, abstractText, date, arxiv, d, u, p, code, project,
                v, upvotes, new ArrayList<>(categories), note, listed, new ArrayList<>(tags));
    }

    static Optional<LocalDate> day(String s) {
        if (s == null) return Optional.empty();
        Matcher m = ISO_DAY.matcher(s.strip());
        if (!m.matches()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@code s} with what no content file may hold replaced, each kind warned about once. */
    private String clean(String s) {
        return WritableText.clean(s, what -> {
            String message = "the source holds " + what;
            if (!warnings.contains(message)) warnings.add(message);
        });
    }

    private String web(String s) {
        String t = clean(s).strip();
        return WEB.matcher(t).matches() ? t : "";
    }
}
