package dev.paperdigest.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperdigest.text.ArxivIds;
import dev.paperdigest.text.SamePaper;
import dev.paperdigest.text.Texts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Checks a built site folder. Problems are {@code file: problem} lines with the file relative to the
 * site, sorted, each once.
 */
public final class SiteCheck {
    private final Path site;
    private final URI base;
    private final String basePath;
    private final Set<String> problems = ConcurrentHashMap.newKeySet();
    private final Map<Path, Set<String>> ids = new ConcurrentHashMap<>();

    private SiteCheck(Path site, String baseUrl) {
        this.site = site.toAbsolutePath().normalize();
        this.base = URI.create(baseUrl.startsWith("/") ? "http://localhost" + baseUrl : baseUrl);
        this.basePath = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
    }

    /**
     * @param baseUrl the base URL the site was built for (recorded in its {@code .paper-digest} marker)
     */
    public static List<String> run(Path site, String baseUrl) throws IOException {
        SiteCheck c = new SiteCheck(site, baseUrl);
        c.links();
        c.papers();
        return new ArrayList<>(new TreeSet<>(c.problems));
    }

    private void problem(Path file, String message) {
        problems.add(site.relativize(file).toString().replace('\\', '/') + ": " + message);
    }

    private List<Path> files(String suffix) throws IOException {
        try (Stream<Path> w = Files.walk(site)) {
            return w.filter(p -> p.toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
        }
    }

    /** Every link of every page and feed. */
    private void links() throws IOException {
        for (Path page : files(".html")) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element e : doc.select("a[href], link[href], script[src], img[src], form[action]")) {
                String link = e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src") : e.attr("action");
                checkLink(page, link, true);
            }
        }
        for (Path feed : files(".xml")) {
            Document doc = Jsoup.parse(Files.readString(feed), "", Parser.xmlParser());
            for (Element e : doc.select("link[href]")) checkLink(feed, e.attr("href"), false);
            for (Element e : doc.select("loc")) checkLink(feed, e.text(), false);
        }
    }

    private void checkLink(Path from, String link, boolean anchors) {
        if (link.isEmpty() || link.startsWith("mailto:") || link.startsWith("data:")) return;
        URI u;
        try {
            u = URI.create(link.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            problem(from, "malformed link " + link);
            return;
        }
        String path;
        if (u.getScheme() != null) {
            if (!u.getScheme().startsWith("http") || u.getHost() == null || !u.getHost().equals(base.getHost())) return;
            path = u.getRawPath();
        } else if (link.startsWith("#")) {
            if (anchors && !idsOf(from).contains(link.substring(1))) problem(from, "anchor " + link + " is not on the page");
            return;
        } else if (link.startsWith("/")) {
            path = u.getRawPath();
        } else {
            path = site.relativize(from.getParent()).toString().replace('\\', '/');
            path = basePath + (path.isEmpty() ? "" : path + "/") + u.getRawPath();
        }
        if (path == null || !path.startsWith(basePath)) {
            problem(from, "link " + link + " points outside the base path " + basePath);
            return;
        }
        String rel = java.net.URLDecoder.decode(path.substring(basePath.length()), java.nio.charset.StandardCharsets.UTF_8);
        Path target = site.resolve(rel).normalize();
        if (Files.isDirectory(target)) target = target.resolve("index.html");
        if (!target.startsWith(site) || !Files.isRegularFile(target)) {
            problem(from, "broken link " + link);
            return;
        }
        if (anchors && u.getFragment() != null && !u.getFragment().isEmpty() && target.toString().endsWith(".html")
                && !idsOf(target).contains(u.getFragment())) {
            problem(from, "broken anchor " + link);
        }
    }

    private Set<String> idsOf(Path page) {
        return ids.computeIfAbsent(page, p -> {
            try {
                Set<String> s = new HashSet<>();
                for (Element e : Jsoup.parse(p.toFile(), "UTF-8").select("[id]")) s.add(e.id());
                return s;
            } catch (IOException e) {
                return Set.of();
            }
        });
    }

    /** Duplicates, empty topics, and papers that neither topic pages nor search can reach. */
    private void papers() throws IOException {
        Path json = site.resolve("papers.json");
        if (!Files.isRegularFile(json)) {
            problem(site.resolve("papers.json"), "missing: is this a paper-digest site?");
            return;
        }
        JsonNode papers = new ObjectMapper().readTree(json.toFile());
        Map<String, String> byArxiv = new HashMap<>();
        Map<String, List<JsonNode>> byTitle = new HashMap<>();
        Map<String, Set<String>> inTopic = new HashMap<>();
        for (JsonNode p : papers) {
            String slug = p.path("slug").asText();
            String arxiv = ArxivIds.normalise(p.path("arxiv").asText()).orElse("");
            String other = arxiv.isEmpty() ? null : byArxiv.putIfAbsent(arxiv, slug);
            if (other != null) problem(json, "duplicate paper: " + slug + " and " + other + " have arXiv id " + arxiv);
            String titleKey = Texts.titleKey(p.path("title").asText());
            List<JsonNode> same = byTitle.computeIfAbsent(titleKey, k -> new ArrayList<>());
            for (JsonNode t : same) {
                if (!SamePaper.differ(year(p), arxiv, year(t), ArxivIds.normalise(t.path("arxiv").asText()).orElse(""))) {
                    problem(json, "duplicate paper: " + slug + " and " + t.path("slug").asText() + " have the same title");
                    break;
                }
            }
            same.add(p);
            for (JsonNode t : p.path("topics")) inTopic.computeIfAbsent(t.asText(), k -> new TreeSet<>()).add(slug);
        }
        Path topicsDir = site.resolve("topics");
        List<String> topicIds = new ArrayList<>();
        if (Files.isDirectory(topicsDir)) {
            try (Stream<Path> s = Files.list(topicsDir)) {
                s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().forEach(topicIds::add);
            }
        }
        Set<String> reachable = new HashSet<>();
        for (String id : topicIds) {
            Set<String> linked = topicLinks(topicsDir.resolve(id));
            reachable.addAll(linked);
            if (linked.isEmpty()) problem(topicsDir.resolve(id).resolve("index.html"), "topic '" + id + "' has no papers");
            for (String slug : inTopic.getOrDefault(id, Set.of())) {
                if (!linked.contains(slug)) problem(topicsDir.resolve(id).resolve("index.html"),
                        "paper " + slug + " is filed under '" + id + "' but its pages do not link it");
            }
        }
        Set<String> searchable = searchSlugs();
        for (JsonNode p : papers) {
            String slug = p.path("slug").asText();
            if (!reachable.contains(slug)) problem(json, "paper " + slug + " is not reachable from any topic page");
            if (!searchable.contains(slug)) problem(site.resolve("search"), "paper " + slug + " is not in the search index");
        }
    }

    /** The slugs linked from a topic's pages (following its pagination). */
    private Set<String> topicLinks(Path dir) throws IOException {
        Set<String> slugs = new HashSet<>();
        List<Path> pages = new ArrayList<>();
        pages.add(dir.resolve("index.html"));
        Path more = dir.resolve("page");
        if (Files.isDirectory(more)) {
            try (Stream<Path> s = Files.list(more)) {
                s.map(p -> p.resolve("index.html")).filter(Files::isRegularFile).forEach(pages::add);
            }
        }
        String prefix = basePath + "papers/";
        for (Path page : pages) {
            if (!Files.isRegularFile(page)) continue;
            for (Element a : Jsoup.parse(page.toFile(), "UTF-8").select("main a[href]")) {
                String href = a.attr("href");
                int i = href.indexOf(prefix);
                if (i >= 0) slugs.add(href.substring(i + prefix.length()).replace("/", ""));
            }
        }
        return slugs;
    }

    private Set<String> searchSlugs() throws IOException {
        Set<String> slugs = new HashSet<>();
        Path cards = site.resolve("search").resolve("c");
        if (!Files.isDirectory(cards)) return slugs;
        ObjectMapper m = new ObjectMapper();
        try (Stream<Path> s = Files.list(cards)) {
            for (Path block : s.toList()) for (JsonNode card : m.readTree(block.toFile())) slugs.add(card.get(0).asText());
        }
        return slugs;
    }

    private static int year(JsonNode paper) {
        String d = paper.path("date").asText("");
        return d.length() >= 4 && d.substring(0, 4).chars().allMatch(Character::isDigit) ? Integer.parseInt(d.substring(0, 4)) : 0;
    }
}
