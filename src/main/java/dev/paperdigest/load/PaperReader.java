package dev.paperdigest.load;

import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.diag.SourcePos;
import dev.paperdigest.markdown.Markdown;
import dev.paperdigest.model.Paper;
import dev.paperdigest.model.PaperDate;
import dev.paperdigest.model.PaperExtras;
import dev.paperdigest.model.Topic;
import dev.paperdigest.text.ArxivIds;
import dev.paperdigest.text.Dois;
import dev.paperdigest.text.Texts;
import dev.paperdigest.yaml.Yaml;
import dev.paperdigest.yaml.YamlFields;
import dev.paperdigest.yaml.YamlNode;
import dev.paperdigest.yaml.YamlSyntaxException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns one content file's text into a {@link Paper}, or reports why it cannot. Thread-safe.
 * Front matter keys are those of the README's "Content format"; others are warned about.
 */
public final class PaperReader {
    /** The front matter keys we read; anything else is a warning (a typo would otherwise vanish silently). */
    public static final Set<String> KEYS = Set.of("title", "authors", "date", "added", "arxiv", "url", "pdf",
            "code", "topics", "tags", "draft", "venue", "doi", "upvotes", "project", "categories", "comment", "listed",
            "authors_truncated");
    public static final int MAX_TOPICS = 3;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WEB_URL = Pattern.compile("https?://[^\\s<>\"]+");

    private final List<Topic> topics;
    private final Set<String> topicIds;

    public PaperReader(List<Topic> topics) {
        this.topics = List.copyOf(topics);
        this.topicIds = topics.stream().map(Topic::id).collect(Collectors.toUnmodifiableSet());
    }

    private PaperReader() {
        this.topics = List.of();
        this.topicIds = null;
    }

    /**
     * A reader that takes any topic id: for checking that a file import or {@code new} is about to
     * write will load, when the digest's topics are not the question.
     */
    public static PaperReader anyTopics() {
        return new PaperReader();
    }

    /**
     * @param slug    the file name without {@code .md}, already checked
     * @param display the file as named in messages
     * @param text    the file's text with {@code \n} line endings and no byte order mark
     */
    public Optional<Paper> read(String slug, String display, String text, Diagnostics diags) {
        Optional<FrontMatter> fm = FrontMatter.split(text);
        if (fm.isEmpty()) {
            diags.error(SourcePos.of(display, 1, 1), text.startsWith("---")
                            ? "front matter is not closed: no line '---' after the opening one"
                            : "missing front matter: the file must start with a line '---'",
                    "write the fields between two '---' lines, then the abstract:\n"
                            + "  ---\n  title: \"Paper title\"\n  ---\n  The abstract.");
            return Optional.empty();
        }
        FrontMatter parts = fm.get();
        YamlNode root;
        try {
            root = Yaml.parse(parts.yaml(), parts.firstLine());
        } catch (YamlSyntaxException e) {
            diags.error(SourcePos.of(display, e.line(), e.column()), "invalid YAML in front matter: " + e.getMessage(),
                    "quote values that contain ': ' or start with a special character, e.g. title: \"A: B\"");
            return Optional.empty();
        }
        if (!(root instanceof YamlNode.MapNode map)) {
            diags.error(SourcePos.of(display, root.line(), root.column()),
                    "front matter must be a mapping of keys, found " + root.describe(),
                    "write one 'key: value' per line, e.g. title: \"Paper title\"");
            return Optional.empty();
        }
        int errorsBefore = diags.errorCount();
        YamlFields f = new YamlFields(map, display, diags);
        f.warnUnknownKeys(KEYS, "front matter");

        String title = Texts.collapseSpace(f.text("title"));
        String tooLong = dev.paperdigest.text.Limits.titleProblem(title);
        if (tooLong != null) diags.error(f.keyPos("title"), tooLong, "shorten it: the page, the feeds and BibTeX all carry it whole");
        if (title.isEmpty() && !(f.has("title") && !(map.get("title") instanceof YamlNode.Scalar))) {
            diags.error(f.keyPos("title"), "missing 'title': every paper needs one", "add title: \"Paper title\"");
        }
        List<String> authors = f.textList("authors").stream().map(Texts::collapseSpace).filter(a -> !a.isEmpty()).toList();
        for (String a : authors) {
            String problem = dev.paperdigest.text.Limits.authorProblem(a);
            if (problem != null) {
                diags.error(f.keyPos("authors"), problem, "write each author as a name; the list itself may be long");
                break;
            }
        }
        PaperDate date = paperDate(f);
        LocalDate added = date(f, "added");
        String arxiv = arxiv(f);
        String url = webUrl(f, "url");
        String pdf = webUrl(f, "pdf");
        String code = webUrl(f, "code");
        List<String> topicList = topics(f, display, diags);
        List<String> tags = f.textList("tags");
        boolean draft = f.bool("draft", false);
        PaperExtras extras = new PaperExtras(Texts.collapseSpace(f.text("venue")), doi(f),
                f.has("upvotes") ? f.integer("upvotes", 0, 0, Integer.MAX_VALUE) : null, webUrl(f, "project"),
                f.textList("categories"), Texts.collapseSpace(f.text("comment")), date(f, "listed"),
                f.bool("authors_truncated", false) && !authors.isEmpty());

        String body = parts.body().strip();
        if (body.isEmpty()) {
            diags.warning(SourcePos.of(display, parts.bodyLine(), 1), "no abstract after the front matter",
                    "paste the abstract below the closing '---'");
        }
        if (diags.errorCount() > errorsBefore) return Optional.empty();
        Markdown.Rendered abs = Markdown.render(body);
        if (abs.problem() != null) {
            String raw = parts.body();
            int at = (raw.length() - raw.stripLeading().length()) + abs.problemAt();
            int line = parts.bodyLine();
            int lineStart = 0;
            for (int i = 0; i < at && i < raw.length(); i++) {
                if (raw.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            diags.warning(SourcePos.of(display, line, at - lineStart + 1), "abstract shown as plain text: " + abs.problem(),
                    "Markdown that deep or long is not formatted; write it plainer, or leave it: the page shows the text as written");
        }
        return Optional.of(new Paper(slug, display, title, authors, date, added, arxiv, url, pdf, code, topicList,
                tags, draft, abs.html(), abs.text(), extras));
    }

    private static LocalDate date(YamlFields f, String key) {
        String s = f.text(key);
        if (s.isEmpty()) return null;
        if (DATE.matcher(s).matches()) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException ignored) {
                // reported below
            }
        }
        reportAt(f, key, "'" + key + "' must be a date written YYYY-MM-DD, found '" + s + "'",
                "for example " + key + ": 2026-11-26");
        return null;
    }

    private static PaperDate paperDate(YamlFields f) {
        String s = f.text("date");
        if (s.isEmpty()) return null;
        Optional<PaperDate> d = PaperDate.parse(s);
        if (d.isPresent()) return d.get();
        reportAt(f, "date", "'date' must be a date written YYYY-MM-DD (or YYYY-MM, or YYYY), found '" + s + "'",
                "for example date: 2026-11-26");
        return null;
    }

    private static String arxiv(YamlFields f) {
        String s = f.text("arxiv");
        if (s.isEmpty()) return "";
        Optional<String> id = ArxivIds.normalise(s);
        if (id.isPresent()) return id.get();
        reportAt(f, "arxiv", "'arxiv' must be an arXiv id such as 1512.03385 or hep-th/9901001, found '" + s + "'",
                "write the id without 'arXiv:' and quote it: arxiv: \"1512.03385\"");
        return "";
    }

    private static String doi(YamlFields f) {
        String s = f.text("doi");
        if (s.isEmpty()) return "";
        Optional<String> doi = Dois.normalise(s);
        if (doi.isPresent()) return doi.get();
        reportAt(f, "doi", "'doi' must be a DOI such as 10.1109/CVPR.2016.90, found '" + s + "'",
                "write the DOI without https://doi.org/: doi: \"10.1109/CVPR.2016.90\"");
        return "";
    }

    private static String webUrl(YamlFields f, String key) {
        String s = f.text(key);
        if (s.isEmpty() || WEB_URL.matcher(s).matches()) return s;
        reportAt(f, key, "'" + key + "' must be an http:// or https:// address, found '" + s + "'",
                "for example " + key + ": https://example.org/paper");
        return "";
    }

    private List<String> topics(YamlFields f, String display, Diagnostics diags) {
        Set<String> out = new LinkedHashSet<>();
        List<String> ids = f.textList("topics");
        List<YamlNode> items = f.items("topics");
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            SourcePos pos = i < items.size() ? f.posOf(items.get(i)) : f.keyPos("topics");
            if (topicIds != null && !topicIds.contains(id)) {
                diags.error(pos, "unknown topic id '" + id + "'", "valid ids (content/topics.yaml): "
                        + topics.stream().map(Topic::id).collect(Collectors.joining(", ")));
            } else if (!out.add(id)) {
                diags.warning(pos, "topic '" + id + "' is listed twice", "list each topic once, primary first");
            }
        }
        List<String> list = new ArrayList<>(out);
        if (list.size() > MAX_TOPICS) {
            diags.warning(f.keyPos("topics"), "a paper is filed under at most " + MAX_TOPICS
                    + " topics; only the first " + MAX_TOPICS + " are used", "keep the primary topic first");
            list = list.subList(0, MAX_TOPICS);
        }
        return list;
    }

    private static void reportAt(YamlFields f, String key, String message, String hint) {
        f.errorAtValue(key, message, hint);
    }
}
