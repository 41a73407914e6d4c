package dev.paperdigest.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperdigest.TestFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end: runs the packaged jar as a user would, on the shipped digest and on fixtures. */
class ShippedSiteIT {
    private static final List<String> TOPIC_IDS = List.of("robustness", "nas", "generation", "architectures",
            "self-supervised", "efficiency", "datasets", "training", "vision-language", "continual", "segmentation",
            "retrieval", "responsible");
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @TempDir
    static Path tmp;
    static Path site;
    static Run firstBuild;

    record Run(int code, String out, String err) {
    }

    static Run jar(Path workDir, String... args) throws IOException, InterruptedException {
        return jarWithEnv(workDir, Map.of(), args);
    }

    static Run jarWithEnv(Path workDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of(System.getProperty("paperdigest.jar", "target/paper-digest.jar")).toAbsolutePath().toString()));
        cmd.addAll(Arrays.asList(args));
        Path o = Files.createTempFile(tmp, "out", ".txt");
        Path e = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile())
                .redirectOutput(o.toFile()).redirectError(e.toFile());
        pb.environment().remove("GITHUB_ACTIONS");
        pb.environment().putAll(env);
        Process p = pb.start();
        int code = p.waitFor();
        return new Run(code, Files.readString(o), Files.readString(e));
    }

    @BeforeAll
    static void buildTheShippedDigest() throws Exception {
        site = tmp.resolve("site");
        firstBuild = jar(ROOT, "build", "--out", site.toString());
    }

    @Test
    void buildsTheShippedDigest() {
        assertEquals(0, firstBuild.code(), firstBuild.err());
        assertTrue(firstBuild.out().startsWith("built 118 papers, "), firstBuild.out());
        assertEquals("", firstBuild.err(), "no warnings on the shipped content");
    }

    @Test
    void publishesEveryPaperInPapersJsonWithItsCuratedTopics() throws Exception {
        JsonNode papers = new ObjectMapper().readTree(site.resolve("papers.json").toFile());
        assertEquals(118, papers.size());
        Set<String> slugs = new HashSet<>();
        for (JsonNode p : papers) {
            for (String key : List.of("slug", "title", "authors", "date", "added", "arxiv", "url", "topics",
                    "topic_source", "path")) {
                assertTrue(p.has(key), key + " in " + p);
            }
            assertTrue(slugs.add(p.get("slug").asText()));
            assertEquals("curated", p.get("topic_source").asText(), p.get("slug").asText());
            assertEquals("2026-11-26", p.get("added").asText());
            int n = p.get("topics").size();
            assertTrue(n >= 1 && n <= 3, p.toString());
            for (JsonNode t : p.get("topics")) assertTrue(TOPIC_IDS.contains(t.asText()), t.asText());
            assertTrue(Files.isRegularFile(site.resolve(p.get("path").asText().substring(1) + "index.html")));
        }
    }

    @Test
    void namesTheAuthorsDateAndArxivIdOfEveryShippedPaperWithItsSource() throws Exception {
        JsonNode papers = new ObjectMapper().readTree(site.resolve("papers.json").toFile());
        String sources = Files.readString(ROOT.resolve("content/SOURCES.md"));
        for (JsonNode p : papers) {
            String slug = p.get("slug").asText();
            assertTrue(p.get("authors").size() >= 1, slug);
            assertTrue(p.get("date").asText().matches("(19|20)\\d\\d-\\d\\d(-\\d\\d)?"), slug + " " + p.get("date"));
            String id = p.get("arxiv").asText();
            assertTrue(id.matches("\\d{4}\\.\\d{4,5}"), slug + " " + id);
            // an arXiv id names the month it was given out: the v1 month, or the month after for a paper
            // sent in on a month's last days (CLIP: 2103.00020, submitted 2021-02-26)
            java.time.YearMonth idMonth = java.time.YearMonth.of(2000 + Integer.parseInt(id.substring(0, 2)), Integer.parseInt(id.substring(2, 4)));
            String date = p.get("date").asText();
            java.time.YearMonth month = java.time.YearMonth.parse(date.substring(0, 7));
            assertTrue(month.equals(idMonth) || month.equals(idMonth.minusMonths(1))
                    && (date.length() == 7 || Integer.parseInt(date.substring(8)) >= 25), slug + " " + date);
            assertTrue(sources.contains("| `" + slug + "` | [arXiv:" + id + "](https://arxiv.org/abs/" + id + ") |"), slug);
        }
        // the records were put in with import --update; running it again fills nothing more
        Run again = jar(ROOT, "import", "--update", "--dry-run", "content/metadata.bib");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().endsWith("import: 0 added, 118 already present, 0 updated, 0 rejected (dry run: nothing written)\n"),
                again.out());
        Document resnet = Jsoup.parse(site.resolve("papers/deep-residual-learning-for-image-recognition/index.html").toFile(), "UTF-8");
        assertEquals(List.of("Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"),
                resnet.select("meta[name=citation_author]").eachAttr("content"));
        assertTrue(resnet.selectFirst("#bibtex").text().startsWith("@inproceedings{deep-residual-learning-for-image-recognition,"));
    }

    @Test
    void showsAll13TopicsInOrderWithCounts() throws Exception {
        Document topics = Jsoup.parse(site.resolve("topics/index.html").toFile(), "UTF-8");
        List<String> hrefs = topics.select("main .topic-list h2 a").eachAttr("href");
        assertEquals(TOPIC_IDS.stream().map(id -> "/topics/" + id + "/").toList(), hrefs);
        for (String id : TOPIC_IDS) assertTrue(Files.isRegularFile(site.resolve("topics/" + id + "/index.html")), id);
    }

    @Test
    void reachesEveryPaperFromEachOfItsTopicPages() throws Exception {
        Map<String, Set<String>> linkedFromTopic = new HashMap<>();
        for (String id : TOPIC_IDS) {
            Set<String> linked = new HashSet<>();
            Path page = site.resolve("topics/" + id + "/index.html");
            Set<Path> seen = new HashSet<>();
            while (page != null && seen.add(page)) {
                Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                for (Element a : doc.select("main .card .card-title a")) linked.add(a.attr("href"));
                Element next = doc.selectFirst("a[rel=next]");
                page = next == null ? null : site.resolve(next.attr("href").substring(1) + "index.html");
            }
            linkedFromTopic.put(id, linked);
        }
        JsonNode papers = new ObjectMapper().readTree(site.resolve("papers.json").toFile());
        for (JsonNode p : papers) {
            for (JsonNode t : p.get("topics")) {
                assertTrue(linkedFromTopic.get(t.asText()).contains(p.get("path").asText()),
                        p.get("slug").asText() + " from " + t.asText());
            }
        }
    }

    @Test
    void classifiesTheShippedDigestAboveItsTargets() throws Exception {
        Run r = jar(ROOT, "topics", "evaluate");
        assertEquals(0, r.code(), r.err());
        String top1 = r.out().lines().filter(l -> l.startsWith("top-1 accuracy")).findFirst().orElseThrow();
        String inCurated = r.out().lines().filter(l -> l.startsWith("primary in curated")).findFirst().orElseThrow();
        double a = Double.parseDouble(top1.replaceAll(".*: (\\d\\.\\d+) .*", "$1"));
        double b = Double.parseDouble(inCurated.replaceAll(".*: +(\\d\\.\\d+) .*", "$1"));
        assertTrue(a >= 0.65, r.out());
        assertTrue(b >= 0.85, r.out());
    }

    @Test
    void listsRelatedPapersOnPagesAndInPapersJson() throws Exception {
        JsonNode papers = new ObjectMapper().readTree(site.resolve("papers.json").toFile());
        int withRelated = 0;
        for (JsonNode p : papers) {
            assertTrue(p.get("related").size() <= 5);
            if (p.get("related").size() > 0) withRelated++;
        }
        assertTrue(withRelated > 100, "most papers have related papers: " + withRelated);
        Document page = Jsoup.parse(site.resolve("papers/deep-residual-learning-for-image-recognition/index.html").toFile(), "UTF-8");
        assertTrue(page.select(".related a").size() > 0);
        Document topics = Jsoup.parse(site.resolve("topics/index.html").toFile(), "UTF-8");
        assertEquals(13, topics.select(".topic-map tbody tr").size());
    }

    @Test
    void hasNoBrokenLinks() {
        assertEquals(List.of(), LinkCheck.broken(site, "/"));
    }

    @Test
    void givesTheSameBytesOnASecondBuild() throws Exception {
        Path again = tmp.resolve("again");
        assertEquals(0, jar(ROOT, "build", "--out", again.toString()).code());
        TreeMap<String, byte[]> a = TestFiles.tree(site);
        TreeMap<String, byte[]> b = TestFiles.tree(again);
        assertEquals(a.keySet(), b.keySet());
        for (String k : a.keySet()) assertTrue(Arrays.equals(a.get(k), b.get(k)), k);
    }

    @Test
    void buildsUnderAProjectPath() throws Exception {
        Path sub = tmp.resolve("sub");
        Run r = jar(ROOT, "build", "--out", sub.toString(), "--base-url", "https://example.github.io/digest/");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(), LinkCheck.broken(sub, "https://example.github.io/digest/"));
    }

    @Test
    void buildsADigestWithoutThemesFromTheThemeInTheJar() throws Exception {
        Path digest = TestFiles.copy(TestFiles.resources().resolve("sites/small"), tmp.resolve("small"));
        Run r = jar(digest, "build");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(digest.resolve("site/css/style.css")));
        assertTrue(Files.readString(digest.resolve("site/index.html"), StandardCharsets.UTF_8).contains("Small &lt;Digest&gt;"));
    }

    @Test
    void runsTheBuildInASecondJvmWithTheQuickCompilerUnlessTold() throws Exception {
        Map<String, String> flags = Map.of("JAVA_TOOL_OPTIONS", "-XX:+PrintCommandLineFlags");
        Run tuned = jarWithEnv(ROOT, flags, "build", "--out", tmp.resolve("tuned").toString());
        assertEquals(0, tuned.code(), tuned.err());
        assertTrue(tuned.out().contains("-XX:TieredStopAtLevel=1"), tuned.out());
        // mvn package made the class data archive beside the jar
        assertTrue(tuned.out().contains("-XX:SharedArchiveFile="), tuned.out());
        Map<String, String> none = new java.util.HashMap<>(flags);
        none.put("PAPER_DIGEST_JAVA_OPTIONS", "");
        Run plain = jarWithEnv(ROOT, none, "build", "--out", tmp.resolve("plain").toString());
        assertEquals(0, plain.code(), plain.err());
        assertFalse(plain.out().contains("TieredStopAtLevel"), plain.out());
    }

    @Test
    void reportsBadContentWithoutAStackTraceAndKeepsTheSite() throws Exception {
        Path digest = TestFiles.copy(TestFiles.resources().resolve("invalid/bad-front-matter-types"), tmp.resolve("bad"));
        Path out = Files.createDirectories(digest.resolve("site"));
        Files.writeString(out.resolve(".paper-digest"), "x");
        Files.writeString(out.resolve("index.html"), "previous");
        Run r = jar(digest, "build");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("content/papers/paper.md:3:10: error: 'authors' must be a list"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("previous", Files.readString(out.resolve("index.html")));
    }

    @Test
    void checksTheShippedSiteAndFailsOnABrokenOne() throws Exception {
        Run ok = jar(ROOT, "check", "--out", tmp.resolve("checked").toString(), "--base-url", "https://example.github.io/digest/");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().startsWith("check: "), ok.out());
        Path broken = TestFiles.copy(TestFiles.resources().resolve("sites/broken-check"), tmp.resolve("broken"));
        Run bad = jarWithEnv(broken, Map.of("GITHUB_ACTIONS", "true"), "check");
        assertEquals(1, bad.code(), bad.err());
        assertTrue(bad.err().contains("topics/empty/index.html: topic 'empty' has no papers\n"), bad.err());
        assertTrue(bad.err().contains("::error file=site/topics/empty/index.html::topic 'empty' has no papers"), bad.err());
        assertTrue(bad.err().contains("::warning file=content/papers/cats-again.md::same arXiv id 2101.00001 as content/papers/cats.md (keep one of the two files)"),
                bad.err());
    }

    @Test
    void annotatesBuildErrorsForGitHubActions() throws Exception {
        Path digest = TestFiles.copy(TestFiles.resources().resolve("invalid/unknown-topic"), tmp.resolve("annotated"));
        Run r = jarWithEnv(digest, Map.of("GITHUB_ACTIONS", "true"), "build");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("::error file=content/papers/paper.md,line=5,col=5::unknown topic id 'generation'"
                + " (valid ids (content/topics.yaml)%3A robustness, nas)".replace("%3A", ":")), r.err());
    }

    @Test
    void usesExitCodeTwoForUsageErrors() throws Exception {
        assertEquals(2, jar(ROOT, "build", "--nope").code());
        Run help = jar(ROOT, "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("import"));
    }

    @Test
    void importsTheSeedOnceAndNeverTwice() throws Exception {
        Path digest = Files.createDirectories(tmp.resolve("imported"));
        String seed = TestFiles.resources().resolve("seeds/trending-imagenet.txt").toString();
        Run first = jar(digest, "import", "--added", "2026-11-26", seed);
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("import: 118 added, 1 already present, 0 updated, 0 rejected"), first.out());
        assertTrue(first.out().contains(":213: already present as content/papers/fully-convolutional-networks-for-semantic"
                + "-segmentation.md"), first.out());
        Run second = jar(digest, "import", "--added", "2026-11-26", seed);
        assertTrue(second.out().contains("import: 0 added, 119 already present"), second.out());
        try (var files = Files.list(digest.resolve("content/papers"))) {
            assertEquals(118, files.count());
        }
    }
}
