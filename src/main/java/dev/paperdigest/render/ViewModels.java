package dev.paperdigest.render;

import dev.paperdigest.model.ClassifiedPaper;
import dev.paperdigest.model.Digest;
import dev.paperdigest.model.Paper;
import dev.paperdigest.model.PaperDate;
import dev.paperdigest.model.Topic;
import dev.paperdigest.model.TopicAssignment;
import dev.paperdigest.text.MathMarkup;
import dev.paperdigest.text.Texts;
import dev.paperdigest.text.Typography;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds the view records of {@link Views} from the digest, and knows every page's URL. */
final class ViewModels {
    static final int SUMMARY_LENGTH = 240;

    /** Newest first: by {@code added}, then the paper's date; undated last; then title and slug. */
    static final Comparator<Paper> NEWEST = Comparator
            .comparing(Paper::added, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(Paper::date, Comparator.nullsLast(Comparator.<PaperDate>reverseOrder()))
            .thenComparing(p -> Texts.titleKey(p.title()))
            .thenComparing(Paper::slug);

    /** On topic pages: by the paper's own date, newest first, undated last; then {@code added}, title and slug. */
    static final Comparator<Paper> BY_DATE = Comparator
            .comparing(Paper::date, Comparator.nullsLast(Comparator.<PaperDate>reverseOrder()))
            .thenComparing(Paper::added, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(p -> Texts.titleKey(p.title()))
            .thenComparing(Paper::slug);

    private final Digest digest;
    private final String base;
    private final Map<String, Topic> topicsById = new HashMap<>();
    private final Views.SiteView site;
    private final Map<String, String> bibtex = new java.util.concurrent.ConcurrentHashMap<>();

    ViewModels(Digest digest, String generator) {
        this.digest = digest;
        this.base = digest.site().basePath();
        for (Topic t : digest.topics()) topicsById.put(t.id(), t);
        boolean absolute = Publishing.absolute(digest.site().baseUrl());
        this.site = new Views.SiteView(digest.site().title(), digest.site().description(), digest.site().baseUrl(),
                base, digest.site().language(), generator, absolute,
                absolute ? digest.site().baseUrl() + "feed.xml" : "");
    }

    Views.SiteView site() {
        return site;
    }

    String base() {
        return base;
    }

    /** A paper's BibTeX entry, made once: its page, its topics' and the digest's papers.bib all show it. */
    String bibtex(Paper p) {
        return bibtex.computeIfAbsent(p.slug(), slug -> Bibtex.entry(p, absolutePaperUrl(p)));
    }

    /** The paper page's address: absolute when base_url is, else from the domain root. */
    String absolutePaperUrl(Paper p) {
        return (site.absolute() ? digest.site().baseUrl() : base) + paperPath(p.slug());
    }

    private List<String> topicNames(TopicAssignment a) {
        return a.topicIds().stream().map(id -> topicsById.get(id).name()).toList();
    }

    static String issuePath(String id) {
        return "issues/" + id + "/";
    }

    /** The digest's issues, newest first: each period of {@code site.yaml}'s {@code issues} in which papers were added. */
    List<Issue> issues() {
        dev.paperdigest.model.IssuePeriod period = digest.site().issues();
        java.util.TreeMap<LocalDate, List<ClassifiedPaper>> byStart = new java.util.TreeMap<>(Comparator.reverseOrder());
        for (ClassifiedPaper cp : digest.papers()) {
            if (cp.paper().added() == null) continue;
            byStart.computeIfAbsent(period.start(cp.paper().added()), d -> new ArrayList<>()).add(cp);
        }
        List<Issue> out = new ArrayList<>();
        byStart.forEach((start, papers) -> {
            papers.sort((a, b) -> BY_DATE.compare(a.paper(), b.paper()));
            out.add(new Issue(period.id(start), period.label(start), start, period.end(start), List.copyOf(papers)));
        });
        return out;
    }

    /** An issue: its id (and URL), its name, its days and its papers, newest published first. */
    record Issue(String id, String label, LocalDate start, LocalDate end, List<ClassifiedPaper> papers) {
    }

    Views.IssueView issueView(Issue i) {
        return new Views.IssueView(i.id(), i.label(), base + issuePath(i.id()), base + issuePath(i.id()) + "email.html",
                i.start().toString(), i.end().toString(), i.papers().size());
    }

    /** An issue's papers by primary topic, in the topics' order. */
    List<Views.IssueGroup> issueGroups(Issue issue, List<Views.TopicLink> topics) {
        List<Views.IssueGroup> groups = new ArrayList<>();
        for (Views.TopicLink t : topics) {
            List<Views.PaperCard> cards = issue.papers().stream().filter(cp -> cp.topics().primary().equals(t.id()))
                    .map(this::card).toList();
            if (!cards.isEmpty()) groups.add(new Views.IssueGroup(t, cards));
        }
        return groups;
    }

    /** How many of an issue's papers each topic has as its primary one, topics in order, empty ones left out. */
    static List<Views.IssueTopicCount> issueCounts(Issue issue, List<Views.TopicLink> topics) {
        Map<String, Integer> counts = new HashMap<>();
        for (ClassifiedPaper cp : issue.papers()) counts.merge(cp.topics().primary(), 1, Integer::sum);
        return topics.stream().filter(t -> counts.containsKey(t.id()))
                .map(t -> new Views.IssueTopicCount(t, counts.get(t.id()))).toList();
    }

    static String paperPath(String slug) {
        return "papers/" + slug + "/";
    }

    static String topicPath(String id, int page) {
        return page <= 1 ? "topics/" + id + "/" : "topics/" + id + "/page/" + page + "/";
    }

    List<Views.TopicView> topics(Map<String, Integer> counts) {
        return digest.topics().stream()
                .map(t -> new Views.TopicView(t.id(), t.name(), t.description(), base + topicPath(t.id(), 1),
                        counts.getOrDefault(t.id(), 0),
                        site.absolute() ? digest.site().baseUrl() + topicPath(t.id(), 1) + "feed.xml" : "",
                        base + topicPath(t.id(), 1) + "papers.bib"))
                .toList();
    }

    Views.PaperCard card(ClassifiedPaper cp) {
        Paper p = cp.paper();
        String pdf = p.pdf().isEmpty() ? p.arxivPdfUrl() : p.pdf();
        String title = Typography.dashes(p.title());
        String summary = Typography.dashes(summary(p.abstractText(), SUMMARY_LENGTH));
        return new Views.PaperCard(p.slug(), title, base + paperPath(p.slug()), cardAuthors(p), iso(p.date()),
                p.date() == null ? "" : String.valueOf(p.date().year()), p.extras().venue(), p.arxivAbsUrl(), pdf, p.code(),
                p.extras().upvotes() == null ? "" : String.valueOf(p.extras().upvotes()),
                summary, topicRefs(cp.topics()), MathMarkup.html(title), MathMarkup.html(summary),
                MathMarkup.any(title) || MathMarkup.any(summary));
    }

    Views.PaperView paper(ClassifiedPaper cp, List<ClassifiedPaper> related) {
        Paper p = cp.paper();
        TopicAssignment a = cp.topics();
        String pdf = p.pdf().isEmpty() ? p.arxivPdfUrl() : p.pdf();
        return new Views.PaperView(p.slug(), Typography.dashes(p.title()), base + paperPath(p.slug()), shownAuthors(p), iso(p.date()),
                iso(p.added()), p.arxiv(), p.arxivAbsUrl(), pdf, p.code(), p.url(), p.tags(), Typography.dashesInHtml(p.abstractHtml()),
                summary(p.abstractText(), 160), topicRefs(a),
                a.source() == TopicAssignment.Source.AUTO, a.lowConfidence(),
                p.extras().venue(), p.extras().doi(), p.extras().doiUrl(), p.extras().project(), p.extras().comment(),
                p.extras().upvotes() == null ? "" : String.valueOf(p.extras().upvotes()),
                p.extras().categories(),
                related.stream().map(r -> new Views.PaperLink(r.paper().title(), base + paperPath(r.paper().slug()))).toList(),
                Scholar.citationMeta(p, absolutePaperUrl(p), pdf), Scholar.jsonLd(p, absolutePaperUrl(p), topicNames(a)),
                bibtex(p), site.absolute() ? absolutePaperUrl(p) : "", MathMarkup.html(Typography.dashes(p.title())),
                MathMarkup.any(p.title()) || p.abstractHtml().contains("<span class=\"math"));
    }

    private List<Views.TopicRef> topicRefs(TopicAssignment a) {
        List<Views.TopicRef> refs = new ArrayList<>();
        boolean auto = a.source() == TopicAssignment.Source.AUTO;
        for (int i = 0; i < a.topicIds().size(); i++) {
            Topic t = Objects.requireNonNull(topicsById.get(a.topicIds().get(i)), "topic");
            TopicAssignment.Evidence e = auto ? a.evidence().get(i) : null;
            refs.add(new Views.TopicRef(t.id(), t.name(), base + topicPath(t.id(), 1), i == 0, auto,
                    e == null ? "" : String.format(java.util.Locale.ROOT, "%.3f", e.score()),
                    e == null ? List.of() : e.keywords(), e == null ? List.of() : e.terms()));
        }
        return refs;
    }

    /** Co-membership counts of every pair of topics, in one pass over the papers. */
    /** The overlap map is made for up to this many topics; past it a table of n x n cells is not readable. */
    static final int MAP_TOPICS = 30;

    Views.TopicMap topicMap(List<Views.TopicView> topicViews) {
        int n = digest.topics().size();
        if (n > MAP_TOPICS) return new Views.TopicMap(List.of(), List.of());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) index.put(digest.topics().get(i).id(), i);
        int[][] counts = new int[n][n];
        for (ClassifiedPaper cp : digest.papers()) {
            List<String> ids = cp.topics().topicIds();
            for (String a : ids) for (String b : ids) counts[index.get(a)][index.get(b)]++;
        }
        List<Views.TopicMapRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Views.TopicMapCell> cells = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                int c = counts[i][j];
                int own = Math.max(1, counts[i][i]);
                int level = c == 0 ? 0 : i == j ? 4 : Math.min(3, 1 + (int) (3.0 * c / own));
                cells.add(new Views.TopicMapCell(digest.topics().get(j).id(), c, level));
            }
            rows.add(new Views.TopicMapRow(topicViews.get(i), cells));
        }
        return new Views.TopicMap(topicViews, rows);
    }

    Views.Pager pager(String topicId, int page, int pages) {
        // the first, the last and two either side of this one, with a gap (number 0) between: a topic
        // of 5,000 pages does not put 5,000 links on each of them
        List<Views.PageLink> links = new ArrayList<>();
        for (int i = 1; i <= pages; i++) {
            if (i == 1 || i == pages || Math.abs(i - page) <= 2) {
                links.add(new Views.PageLink(i, base + topicPath(topicId, i), i == page));
            } else if (links.get(links.size() - 1).number() != 0) {
                links.add(new Views.PageLink(0, "", false));
            }
        }
        return new Views.Pager(page, pages, page > 1 ? base + topicPath(topicId, page - 1) : "",
                page < pages ? base + topicPath(topicId, page + 1) : "", links);
    }

    /** A preview of {@code text} at most {@code max} long, cut at a word and never inside a math span. */
    static String summary(String text, int max) {
        if (text.length() <= max) return text;
        if (text.indexOf('$') >= 0) {
            for (int i = 0; i < max; i++) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '$') {
                    int end = dev.paperdigest.text.MathSpans.end(text, i);
                    if (end > max) {
                        // the span crosses the cut: the preview ends before it (the two ellipses only
                        // make the text longer than the limit, so shorten cuts at the space before them)
                        String head = text.substring(0, i).stripTrailing();
                        if (head.isEmpty()) break;
                        return Texts.shorten(head + " \u2026\u2026", head.length() + 1);
                    }
                    if (end > 0) i = end - 1;
                }
            }
        }
        return Texts.shorten(text, max);
    }

    static String iso(Object d) {
        return d == null ? "" : d.toString();
    }

    /** The authors as a reader sees them: a list the source cut short ends in "et al.". */
    /** A card names at most this many authors, then "et al.". */
    static final int CARD_AUTHORS = 6;

    /** The authors a card shows: all of up to {@link #CARD_AUTHORS}, else the first five and "et al.". */
    static List<String> cardAuthors(Paper p) {
        List<String> all = shownAuthors(p);
        if (all.size() <= CARD_AUTHORS) return all;
        List<String> shown = new java.util.ArrayList<>(all.subList(0, CARD_AUTHORS - 1));
        shown.add("et al.");
        return shown;
    }

    static List<String> shownAuthors(Paper p) {
        if (!p.extras().authorsTruncated() || p.authors().isEmpty()) return p.authors();
        List<String> shown = new java.util.ArrayList<>(p.authors());
        shown.add("et al.");
        return shown;
    }
}
