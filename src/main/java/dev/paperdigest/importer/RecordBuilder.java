package dev.paperdigest.importer;

import dev.paperdigest.model.PaperDate;
import dev.paperdigest.text.ArxivIds;
import dev.paperdigest.text.Dois;
import dev.paperdigest.text.Texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects one record's fields from a source format and normalises them as they come, so every
 * format gets the same cleaning: collapsed whitespace, bare arXiv ids and DOIs, web links only,
 * links that merely repeat the arXiv ones dropped.
 */
final class RecordBuilder {
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})([T ].*)?$");
    private static final Pattern WEB = Pattern.compile("https?://[^\\s<>\"]+");

    private final String where;
    private String title = "";
    private final List<String> authors = new ArrayList<>();
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

    RecordBuilder(String where) {
        this.where = where;
    }

    String where() {
        return where;
    }

    RecordBuilder title(String s) {
        title = Texts.collapseSpace(s);
        return this;
    }

    RecordBuilder author(String s) {
        String a = Texts.collapseSpace(s);
        if (!a.isEmpty()) authors.add(a);
        return this;
    }

    RecordBuilder abstractText(String s) {
        abstractText = Texts.collapseSpace(s);
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

    RecordBuilder doi(String s) {
        Dois.normalise(s).ifPresent(d -> doi = d);
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
        venue = Texts.collapseSpace(s);
        return this;
    }

    RecordBuilder upvotes(Integer n) {
        upvotes = n != null && n >= 0 ? n : null;
        return this;
    }

    RecordBuilder category(String s) {
        String c = Texts.collapseSpace(s);
        if (!c.isEmpty()) categories.add(c);
        return this;
    }

    /** The primary category goes first, whatever order the source lists categories in. */
    RecordBuilder primaryCategory(String s) {
        String c = Texts.collapseSpace(s);
        if (c.isEmpty()) return this;
        List<String> rest = new ArrayList<>(categories);
        rest.remove(c);
        categories.clear();
        categories.add(c);
        categories.addAll(rest);
        return this;
    }

    RecordBuilder comment(String s) {
        comment = Texts.collapseSpace(s);
        return this;
    }

    RecordBuilder tag(String s) {
        String t = Texts.collapseSpace(s);
        if (!t.isEmpty()) tags.add(t);
        return this;
    }

    RecordBuilder listed(String s) {
        day(s).ifPresent(d -> listed = d);
        return this;
    }

    boolean hasTitle() {
        return !title.isEmpty();
    }

    ImportRecord build() {
        String u = url;
        String p = pdf;
        if (!arxiv.isEmpty()) {
            // the build derives these from the id; writing them again would only let them drift
            if (u.matches("https?://(www\\.)?arxiv\\.org/abs/.*")) u = "";
            if (p.matches("https?://(www\\.)?arxiv\\.org/pdf/.*")) p = "";
        }
        String d = doi;
        if (u.matches("(?i)https?://(dx\\.)?doi\\.org/.*")) {
            // a DOI link is the DOI: keep it as one, and the build links it
            if (d.isEmpty()) d = Dois.normalise(u).orElse("");
            if (!d.isEmpty()) u = "";
        }
        return new ImportRecord(where, title, authors, abstractText, date, arxiv, d, u, p, code, project, venue,
                upvotes, new ArrayList<>(categories), comment, listed, new ArrayList<>(tags));
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

    private static String web(String s) {
        String t = s == null ? "" : s.strip();
        return WEB.matcher(t).matches() ? t : "";
    }
}
