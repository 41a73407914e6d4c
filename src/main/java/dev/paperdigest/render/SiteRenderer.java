package dev.paperdigest.render;

import dev.paperdigest.model.ClassifiedPaper;
import dev.paperdigest.model.Digest;
import dev.paperdigest.model.OutputFile;
import dev.paperdigest.model.OutputSink;
import dev.paperdigest.model.Topic;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.core.TemplateClassResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Renders a {@link Digest} with a {@link Theme}: home, topic index, paginated topic pages, paper
 * pages, 404, {@code papers.json} and the theme's static files. Pages go to the sink as they are
 * rendered, in parallel; the sink sees each path exactly once.
 */
public final class SiteRenderer {
    /** The templates every theme provides (the default theme has them all). */
    public static final List<String> PAGE_TEMPLATES = List.of("home.ftlh", "topics.ftlh", "topic.ftlh", "paper.ftlh", "404.ftlh",
            "search.ftlh", "saved.ftlh", "issues.ftlh", "issue.ftlh", "email.ftlh");

    private final Theme theme;
    private final String generator;
    private final Configuration cfg;

    private Map<String, Path> staticFiles;

    public SiteRenderer(Theme theme, String generator) throws IOException {
        this.theme = theme;
        this.generator = generator;
        this.cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(theme.templateLoader());
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setNumberFormat("computer");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // Themes are user files: they may not instantiate Java classes.
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
    }

    /**
     * One page to render: its output path, its template, the inputs its model is made from (records
     * of the digest, compared with {@code equals} and hashed by value) and the model itself, made only
     * when the page is rendered. With the plan's shared values, equal keys give the same bytes, so a
     * page whose key did not change need not be rendered again, and a plan of 100,000 pages holds no
     * page models.
     */
    public record Page(String output, String template, Object key, Supplier<Map<String, Object>> model) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Page p && output.equals(p.output) && template.equals(p.template) && key.equals(p.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(output, template, key);
        }
    }

    /**
     * Everything a build writes but static files: what every page's model holds (site settings and
     * the topic list), the pages to render, and the data files already made.
     */
    public record Plan(Map<String, Object> shared, List<Page> pages, DataFiles data) {
    }

    /**
     * The data files (papers.json, feeds, BibTeX, sitemap, ...), made one at a time as they are
     * written, so no more than one is held at once (papers.json of 100,000 papers is 110 MB).
     */
    @FunctionalInterface
    public interface DataFiles {
        void writeTo(OutputSink sink) throws IOException;
    }

    /** The page jobs and data files of {@code digest}; cheap next to rendering (no page model is made). */
    public Plan plan(Digest digest) throws IOException {
        ViewModels vm = new ViewModels(digest, generator);
        Map<String, List<ClassifiedPaper>> byTopic = papersByTopic(digest);
        Map<String, Integer> counts = new HashMap<>();
        byTopic.forEach((id, list) -> counts.put(id, list.size()));
        List<Views.TopicView> topicViews = vm.topics(counts);
        int perPage = digest.site().papersPerPage();
        Map<String, Object> shared = Map.of("site", vm.site(), "topics", topicViews.stream().map(Views.TopicView::link).toList());

        List<Page> pages = new ArrayList<>();
        List<ClassifiedPaper> newest = digest.papers().stream()
                .sorted((a, b) -> ViewModels.NEWEST.compare(a.paper(), b.paper()))
                .limit(digest.site().homePapers()).toList();
        int paperCount = digest.papers().size();
        List<ViewModels.Issue> issues = vm.issues();
        List<Views.IssueView> issueViews = issues.stream().map(vm::issueView).toList();
        List<Views.TopicLink> topicLinks = topicViews.stream().map(Views.TopicView::link).toList();
        // the latest issue leads the home page: its papers' titles by topic
        // (what it shows of it: its name, and how many of its papers each topic has)
        List<Object> latestKey = issues.isEmpty() ? List.of() : List.of(issueViews.get(0),
                issues.get(0).papers().stream().map(cp -> cp.topics().primary()).sorted().toList());
        pages.add(new Page("index.html", "home.ftlh", List.of(newest, topicViews, paperCount, latestKey), () -> {
            List<Views.PaperCard> cards = newest.stream().map(vm::card).toList();
            Map<String, Object> m = new HashMap<>(Map.of("newest", cards, "newestMath", anyMath(cards), "counted", topicViews,
                    "paperCount", paperCount, "path", ""));
            if (!issues.isEmpty()) {
                m.put("latest", issueViews.get(0));
                m.put("latestTopics", ViewModels.issueCounts(issues.get(0), topicLinks));
            }
            return m;
        }));
        pages.add(new Page("issues/index.html", "issues.ftlh", issueViews,
                () -> Map.of("issues", issueViews, "path", "issues/")));
        String origin = originOf(digest.site().baseUrl(), vm.base());
        for (int k = 0; k < issues.size(); k++) {
            ViewModels.Issue issue = issues.get(k);
            Views.IssueView view = issueViews.get(k);
            Views.IssueView newer = k > 0 ? issueViews.get(k - 1) : null;
            Views.IssueView older = k + 1 < issues.size() ? issueViews.get(k + 1) : null;
            String path = ViewModels.issuePath(issue.id());
            Object key = List.of(issue.papers(), view, newer == null ? "" : newer, older == null ? "" : older);
            java.util.function.Supplier<Map<String, Object>> model = () -> {
                List<Views.IssueGroup> groups = vm.issueGroups(issue, topicLinks);
                Map<String, Object> m = new HashMap<>(Map.of("issue", view,
                        "groups", groups, "math", groups.stream().anyMatch(g -> anyMath(g.papers())), "path", path, "origin", origin));
                if (newer != null) m.put("newer", newer);
                if (older != null) m.put("older", older);
                return m;
            };
            pages.add(new Page(path + "index.html", "issue.ftlh", key, model));
            pages.add(new Page(path + "email.html", "email.ftlh", key, model));
        }
        Views.TopicMap topicMap = vm.topicMap(topicViews);
        pages.add(new Page("topics/index.html", "topics.ftlh", List.of(topicMap, topicViews),
                () -> Map.of("path", "topics/", "topicMap", topicMap, "counted", topicViews)));
        for (Views.TopicView t : topicViews) {
            List<ClassifiedPaper> all = byTopic.getOrDefault(t.id(), List.of());
            int count = Math.max(1, (all.size() + perPage - 1) / perPage);
            for (int page = 1; page <= count; page++) {
                List<ClassifiedPaper> members = all.subList((page - 1) * perPage, Math.min(all.size(), page * perPage));
                String path = ViewModels.topicPath(t.id(), page);
                int number = page;
                pages.add(new Page(path + "index.html", "topic.ftlh", List.of(t, members, number, count), () -> {
                    List<Views.PaperCard> cards = members.stream().map(vm::card).toList();
                    return Map.of("topic", t, "papers", cards, "math", anyMath(cards),
                            "pager", vm.pager(t.id(), number, count), "path", path);
                }));
            }
        }
        for (int i = 0; i < digest.papers().size(); i++) {
            ClassifiedPaper cp = digest.papers().get(i);
            List<ClassifiedPaper> related = digest.relatedTo(i);
            String path = ViewModels.paperPath(cp.paper().slug());
            // a related paper shows only as a link: its title and address are what this page depends on
            List<String> relatedKey = new ArrayList<>(related.size() * 2);
            for (ClassifiedPaper r : related) {
                relatedKey.add(r.paper().slug());
                relatedKey.add(r.paper().title());
            }
            pages.add(new Page(path + "index.html", "paper.ftlh", List.of(cp, relatedKey),
                    () -> Map.of("paper", vm.paper(cp, related), "path", path)));
        }
        pages.add(new Page("404.html", "404.ftlh", "", () -> Map.of("path", "404.html")));
        pages.add(new Page("search/index.html", "search.ftlh", "", () -> Map.of("path", "search/")));
        pages.add(new Page("saved/index.html", "saved.ftlh", "", () -> Map.of("path", "saved/")));

        List<String> pagePaths = pages.stream().map(Page::output).filter(o -> !o.equals("404.html") && !o.endsWith("/email.html"))
                .map(o -> o.endsWith("index.html") ? o.substring(0, o.length() - "index.html".length()) : o).toList();
        DataFiles data = sink -> {
            sink.accept(new OutputFile("papers.json", PapersJson.write(digest, vm.base())));
            if (hasMath(digest)) for (OutputFile f : Katex.files()) sink.accept(f);
            new Publishing(digest, vm).write(sink::accept, byTopic, pagePaths, issues);
        };
        return new Plan(shared, List.copyOf(pages), data);
    }

    /**
     * A fingerprint per page template of what renders it: its own source and that of every template
     * that is not a page template (layouts and macros it may import), so a changed layout changes
     * every page's fingerprint and a changed page template only its own pages'.
     */
    public Map<String, String> templateFingerprints() {
        StringBuilder shared = new StringBuilder();
        for (String name : theme.templateNames()) {
            if (!PAGE_TEMPLATES.contains(name)) shared.append(name).append('\u0000').append(digest(theme.templateBytes(name)));
        }
        Map<String, String> out = new HashMap<>();
        for (String name : PAGE_TEMPLATES) out.put(name, digest(theme.templateBytes(name)) + shared);
        return out;
    }

    private static String digest(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The theme's static files, by output path: the theme's folders are walked once per renderer
     * (a build asks before rendering, to report problems early, and again when it publishes).
     */
    public synchronized Map<String, Path> staticFiles() {
        if (staticFiles == null) staticFiles = theme.staticFiles();
        return staticFiles;
    }

    /** How messages name the static file published at {@code path}. */
    public String staticDisplay(String path) {
        return theme.staticDisplay(path);
    }

    /**
     * Renders {@code pages} of {@code plan} in parallel into {@code sink}, each page's model made just
     * before its template runs and dropped after; every distinct template problem is reported at once.
     */
    public void renderPages(Plan plan, List<Page> pages, OutputSink sink) throws RenderException, IOException {
        Map<String, Template> templates = loadTemplates();
        Set<TemplateProblem> problems = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
        try {
            IntStream.range(0, pages.size()).parallel().forEach(i -> {
                Page p = pages.get(i);
                try {
                    PageWriter out = new PageWriter();
                    Map<String, Object> model = new HashMap<>(p.model().get());
                    model.putAll(plan.shared());
                    templates.get(p.template()).process(model, out);
                    sink.accept(new OutputFile(p.output(), out.bytes()));
                } catch (TemplateException e) {
                    problems.add(problem(e));
                } catch (ParseException e) {
                    // a template included by another one is parsed only when first used
                    problems.add(new TemplateProblem(theme.templateDisplay(nameOf(e.getTemplateName(), "?")),
                            e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (!problems.isEmpty()) {
            List<TemplateProblem> sorted = new ArrayList<>(problems);
            sorted.sort(java.util.Comparator.comparing(TemplateProblem::template)
                    .thenComparingInt(TemplateProblem::line).thenComparingInt(TemplateProblem::column)
                    .thenComparing(TemplateProblem::message));
            throw new RenderException(sorted);
        }
    }

    /**
     * A page's text as the template writes it, encoded to UTF-8 as it comes: no text buffer that a
     * single character beyond Latin-1 (an ellipsis, an arrow) would widen to two bytes a character,
     * and no copy of the page as a string. Unsynchronised, unlike {@link java.io.StringWriter}.
     */
    static final class PageWriter extends java.io.Writer {
        private byte[] buf = new byte[16384];
        private int n;
        /** A high surrogate that ended the last write, waiting for its low half. */
        private char pending;

        @Override
        public void write(char[] cbuf, int off, int len) {
            ensure(len * 3 + 4);
            for (int i = off, end = off + len; i < end; i++) {
                char c = cbuf[i];
                if (c < 0x80 && pending == 0) buf[n++] = (byte) c;
                else put(c);
            }
        }

        @Override
        public void write(String str, int off, int len) {
            ensure(len * 3 + 4);
            for (int i = off, end = off + len; i < end; i++) {
                char c = str.charAt(i);
                if (c < 0x80 && pending == 0) buf[n++] = (byte) c;
                else put(c);
            }
        }

        @Override
        public void write(String str) {
            write(str, 0, str.length());
        }

        @Override
        public void write(int c) {
            ensure(8);
            put((char) c);
        }

        /** Any character, as String.getBytes(UTF_8) would write it (a lone surrogate becomes '?'). */
        private void put(char c) {
            if (pending != 0) {
                char high = pending;
                pending = 0;
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(high, c);
                    buf[n++] = (byte) (0xf0 | cp >> 18);
                    buf[n++] = (byte) (0x80 | cp >> 12 & 0x3f);
                    buf[n++] = (byte) (0x80 | cp >> 6 & 0x3f);
                    buf[n++] = (byte) (0x80 | cp & 0x3f);
                    return;
                }
                buf[n++] = '?';
            }
            if (c < 0x80) {
                buf[n++] = (byte) c;
            } else if (c < 0x800) {
                buf[n++] = (byte) (0xc0 | c >> 6);
                buf[n++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c)) {
                pending = c;
            } else if (Character.isLowSurrogate(c)) {
                buf[n++] = '?';
            } else {
                buf[n++] = (byte) (0xe0 | c >> 12);
                buf[n++] = (byte) (0x80 | c >> 6 & 0x3f);
                buf[n++] = (byte) (0x80 | c & 0x3f);
            }
        }

        private void ensure(int more) {
            if (n + more > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        byte[] bytes() {
            if (pending != 0) {
                ensure(1);
                buf[n++] = '?';
                pending = 0;
            }
            return java.util.Arrays.copyOf(buf, n);
        }
    }

    /** Forgets parsed templates, so the next render reads changed template files. */
    public void clearTemplateCache() {
        cfg.clearTemplateCache();
    }



    /** The scheme and host of an absolute base URL ("https://user.github.io" of ".../digest/"), else "". */
    static String originOf(String baseUrl, String basePath) {
        return Publishing.absolute(baseUrl) ? baseUrl.substring(0, baseUrl.length() - basePath.length()) : "";
    }

    /** Whether any paper's title or abstract has TeX math: then the site carries KaTeX. */
    static boolean hasMath(Digest digest) {
        for (ClassifiedPaper cp : digest.papers()) {
            if (dev.paperdigest.text.MathMarkup.any(cp.paper().title())
                    || cp.paper().abstractHtml().contains("<span class=\"math")) return true;
        }
        return false;
    }

    private static boolean anyMath(List<Views.PaperCard> cards) {
        for (Views.PaperCard c : cards) if (c.math()) return true;
        return false;
    }

    /** Each topic's papers, newest first. */
    private static Map<String, List<ClassifiedPaper>> papersByTopic(Digest digest) {
        Map<String, List<ClassifiedPaper>> byTopic = new LinkedHashMap<>();
        for (Topic t : digest.topics()) byTopic.put(t.id(), new ArrayList<>());
        for (ClassifiedPaper cp : digest.papers()) {
            for (String id : cp.topics().topicIds()) byTopic.get(id).add(cp);
        }
        byTopic.values().forEach(l -> l.sort((a, b) -> ViewModels.BY_DATE.compare(a.paper(), b.paper())));
        return byTopic;
    }

    /** Parses every template up front, so all syntax errors are reported in one run. */
    private Map<String, Template> loadTemplates() throws RenderException {
        Map<String, Template> out = new HashMap<>();
        List<TemplateProblem> problems = new ArrayList<>();
        for (String name : PAGE_TEMPLATES) {
            try {
                out.put(name, cfg.getTemplate(name));
            } catch (ParseException e) {
                problems.add(new TemplateProblem(theme.templateDisplay(nameOf(e.getTemplateName(), name)),
                        e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage()));
            } catch (IOException e) {
                problems.add(new TemplateProblem(theme.templateDisplay(name), 0, 0,
                        "cannot load template: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) throw new RenderException(problems);
        return out;
    }

    private TemplateProblem problem(TemplateException e) {
        String name = nameOf(e.getTemplateSourceName(), "?");
        Integer line = e.getLineNumber();
        Integer col = e.getColumnNumber();
        return new TemplateProblem(theme.templateDisplay(name), line == null ? 0 : line, col == null ? 0 : col,
                summary(e.getMessageWithoutStackTop()));
    }

    /** Freemarker's message without its tips and the position we already print. */
    static String summary(String message) {
        String m = message == null ? "template error" : message;
        int tips = m.indexOf("\n----");
        if (tips >= 0) m = m.substring(0, tips);
        m = m.replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+]", "");
        return m.replaceAll("\\s+", " ").strip();
    }

    private static String nameOf(String sourceName, String fallback) {
        return sourceName == null ? fallback : sourceName;
    }
}
