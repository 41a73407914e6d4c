package dev.paperdigest.config;

import dev.paperdigest.diag.Diagnostics;
import dev.paperdigest.diag.SourcePos;
import dev.paperdigest.model.IssuePeriod;
import dev.paperdigest.model.SiteConfig;
import dev.paperdigest.model.Topic;
import dev.paperdigest.text.Slugs;
import dev.paperdigest.text.Texts;
import dev.paperdigest.yaml.Yaml;
import dev.paperdigest.yaml.YamlFields;
import dev.paperdigest.yaml.YamlNode;
import dev.paperdigest.yaml.YamlSyntaxException;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code content/site.yaml} and {@code content/topics.yaml}. Problems go into the given
 * {@link Diagnostics}; the result is returned even then (with defaults), so later stages can report
 * their own problems in the same run.
 */
public final class ConfigLoader {
    public static final String SITE_FILE = "site.yaml";
    public static final String TOPICS_FILE = "topics.yaml";

    static final Set<String> SITE_KEYS = Set.of("title", "description", "base_url", "language", "theme",
            "papers_per_page", "home_papers", "contact", "issues");
    static final Set<String> TOPIC_KEYS = Set.of("id", "name", "description", "keywords");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern THEME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private ConfigLoader() {
    }

    /**
     * @param contentDir  the {@code content/} folder
     * @param displayBase how the content folder is named in messages ({@code content})
     */
    public static DigestConfig load(Path contentDir, String displayBase, Diagnostics diags) {
        SiteConfig site = loadSite(contentDir.resolve(SITE_FILE), displayBase + "/" + SITE_FILE, diags);
        List<Topic> topics = loadTopics(contentDir.resolve(TOPICS_FILE), displayBase + "/" + TOPICS_FILE, diags);
        return new DigestConfig(site, topics);
    }

    /**
     * The digest's {@code contact:} in site.yaml (an e-mail address or URL that services such as arXiv
     * can reach the curator at), or "" when there is none or the file cannot be read.
     */
    public static String contact(Path contentDir) {
        Optional<YamlNode> root = parseFile(contentDir.resolve(SITE_FILE), SITE_FILE, new Diagnostics());
        if (root.isEmpty() || !(root.get() instanceof YamlNode.MapNode map)) return "";
        return map.get("contact") instanceof YamlNode.Scalar s ? s.text().strip() : "";
    }

    static SiteConfig loadSite(Path file, String display, Diagnostics diags) {
        SiteConfig fallback = new SiteConfig("Paper digest", "", "/", "en", "default", 20, 20, IssuePeriod.WEEK);
        Optional<YamlNode> root = parseFile(file, display, diags);
        if (root.isEmpty()) return fallback;
        if (!(root.get() instanceof YamlNode.MapNode map)) {
            diags.error(SourcePos.of(display, root.get().line(), root.get().column()),
                    "site.yaml must be a mapping of settings, found " + root.get().describe(),
                    "start with a line such as title: \"My digest\"");
            return fallback;
        }
        YamlFields f = new YamlFields(map, display, diags);
        f.warnUnknownKeys(SITE_KEYS, "site.yaml");
        String title = f.text("title");
        if (title.isEmpty()) {
            diags.error(f.keyPos("title"), "site.yaml needs a 'title'", "add a line: title: \"My paper digest\"");
            title = fallback.title();
        }
        String baseUrl = f.has("base_url") ? f.text("base_url") : "/";
        Optional<String> problem = baseUrlProblem(baseUrl);
        if (problem.isPresent()) {
            diags.error(f.keyPos("base_url"), problem.get(),
                    "use a full URL such as https://user.github.io/digest/ or a path such as /");
            baseUrl = "/";
        }
        String language = f.has("language") ? f.text("language") : "en";
        if (!LANGUAGE.matcher(language).matches()) {
            diags.error(f.keyPos("language"), "'language' must be a language tag such as en or en-GB, found '"
                    + language + "'", "write language: en");
            language = "en";
        }
        String theme = f.has("theme") ? f.text("theme") : "default";
        if (!THEME.matcher(theme).matches()) {
            diags.error(f.keyPos("theme"), "'theme' must be the name of a folder under themes/, found '" + theme + "'",
                    "write theme: default");
            theme = "default";
        }
        IssuePeriod issues = IssuePeriod.WEEK;
        if (f.has("issues")) {
            String v = f.text("issues");
            java.util.Optional<IssuePeriod> p = IssuePeriod.parse(v);
            if (p.isPresent()) {
                issues = p.get();
            } else {
                diags.error(f.keyPos("issues"), "'issues' must be day, week or month, found '" + v + "'", "write issues: week");
            }
        }
        return new SiteConfig(title, f.text("description"), normaliseBaseUrl(baseUrl), language, theme,
                f.integer("papers_per_page", 20, 1, 1000), f.integer("home_papers", 20, 0, 1000), issues);
    }

    /** Why {@code url} cannot be a base URL, or empty when it can. */
    /**
     * Where the value of top-level {@code key} is in {@code site.yaml}: line and column; the file alone
     * when the key is not written there (a default).
     */
    public static dev.paperdigest.diag.SourcePos sitePos(Path contentDir, String display, String key) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(contentDir.resolve(SITE_FILE));
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.startsWith(key) && l.substring(key.length()).stripLeading().startsWith(":")) {
                    int col = l.indexOf(':') + 1;
                    while (col < l.length() && l.charAt(col) == ' ') col++;
                    return dev.paperdigest.diag.SourcePos.of(display, i + 1, col + 1);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // no position to give
        }
        return dev.paperdigest.diag.SourcePos.of(display);
    }

    public static Optional<String> baseUrlProblem(String url) {
        if (url.startsWith("/") && !url.startsWith("//")) return Optional.empty();
        if (url.matches("https?://[^/\\s?#]+(/[^\\s?#]*)?")) return Optional.empty();
        return Optional.of("'base_url' must be an http(s) URL or a path starting with /, found '" + url + "'");
    }

    /** Adds the trailing slash every link is built on. */
    public static String normaliseBaseUrl(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    static List<Topic> loadTopics(Path file, String display, Diagnostics diags) {
        Optional<YamlNode> root = parseFile(file, display, diags);
        if (root.isEmpty()) return List.of();
        if (root.get() instanceof YamlNode.MapNode m && m.entries().size() == 1 && m.get("topics") != null) {
            // also accepted: the list under a single 'topics:' key
            root = Optional.of(m.get("topics"));
        }
        if (!(root.get() instanceof YamlNode.Seq seq) || seq.items().isEmpty()) {
            diags.error(SourcePos.of(display, root.get().line(), root.get().column()),
                    "topics.yaml must be a non-empty list of topics, found " + root.get().describe(),
                    "start each topic with '- id: some-id' followed by name, description and keywords");
            return List.of();
        }
        List<Topic> topics = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (YamlNode item : seq.items()) {
            SourcePos pos = SourcePos.of(display, item.line(), item.column());
            if (!(item instanceof YamlNode.MapNode map)) {
                diags.error(pos, "each topic must be a mapping with id, name, description and keywords, found "
                        + item.describe(), "write - id: some-id, then name: ... on the next lines");
                continue;
            }
            YamlFields f = new YamlFields(map, display, diags);
            f.warnUnknownKeys(TOPIC_KEYS, "a topic");
            String id = f.text("id");
            if (!Slugs.isValid(id)) {
                diags.error(f.keyPos("id"), id.isEmpty() ? "topic needs an 'id'"
                                : "topic id '" + id + "' must be lowercase letters, digits and single hyphens",
                        "for example id: " + (id.isEmpty() ? "robustness" : Slugs.of(id)));
                continue;
            }
            Integer first = seen.putIfAbsent(id, f.keyPos("id").line());
            if (first != null) {
                diags.error(f.keyPos("id"), "topic id '" + id + "' is used twice (first on line " + first + ")",
                        "give each topic its own id");
                continue;
            }
            String name = f.text("name");
            if (name.isEmpty()) {
                diags.error(f.keyPos("name"), "topic '" + id + "' needs a 'name'", "add name: \"Readable name\"");
                name = id;
            }
            topics.add(new Topic(id, name, f.text("description"), f.textList("keywords")));
        }
        return topics;
    }

    private static Optional<YamlNode> parseFile(Path file, String display, Diagnostics diags) {
        if (!Files.isRegularFile(file)) {
            diags.error(SourcePos.of(display), "file not found",
                    "every digest needs " + display + "; see the README's 'Content format'");
            return Optional.empty();
        }
        try {
            return Optional.of(Yaml.parse(Texts.contentText(Files.readString(file)), 1));
        } catch (CharacterCodingException e) {
            diags.error(SourcePos.of(display), "not valid UTF-8 text", "save the file as UTF-8");
        } catch (IOException e) {
            diags.error(SourcePos.of(display), "cannot read file: " + e.getMessage(), "check its permissions");
        } catch (YamlSyntaxException e) {
            diags.error(SourcePos.of(display, e.line(), e.column()), "invalid YAML: " + e.getMessage(),
                    "check indentation and quote values that contain ': ' or start with a special character");
        }
        return Optional.empty();
    }
}
