package dev.paperdigest.bench;

import dev.paperdigest.browser.SiteServer;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark (not a test): {@code build N} times a full build of a synthetic digest of N papers
 * (../shared/bench/gen_corpus.py) and, if Hugo is installed, Hugo on the same corpus;
 * {@code search N} measures the search index (size, files, build time) and, in headless Chromium
 * with the real client, the bytes a query fetches, first and per keystroke, and the ranking of
 * title queries; Pagefind is run on the same site when ../shared/bench/setup.sh has installed it.
 * {@code lighthouse shipped} runs Lighthouse on the shipped digest ({@link LighthouseBench}).
 * Run: {@code mvn -B -Pbench exec:java -Dexec.args="build 10000"}.
 */
public final class Bench {
    static final Path HOME = Path.of(System.getenv().getOrDefault("PEER_HOME", "/tmp/paper-digest-peers"));
    static final Path SHARED_BENCH = Path.of("..", "shared", "bench").toAbsolutePath().normalize();
    static final List<String> QUERIES = List.of("residual networks", "adversarial robustness", "self-supervised contrastive",
            "diffusion models", "imagenet label errors", "architecture search", "knowledge distilation", "vision transformer");

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Bench build|search N");
            System.exit(2);
        }
        if (args[0].equals("lighthouse")) {
            LighthouseBench.run();
            return;
        }
        if (args[0].equals("serve")) {
            serve(args[1]);
            return;
        }
        boolean real = args[1].startsWith("real");
        int n = Integer.parseInt(real ? args[1].substring(4) : args[1]);
        Path digest = real ? realCorpus(n) : corpus(n);
        switch (args[0]) {
            case "build" -> build(digest, n);
            case "search" -> search(digest, n);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** A digest folder for the synthetic corpus of n papers, generated once. */
    static Path corpus(int n) throws Exception {
        Path dir = HOME.resolve("pd-digest-" + n);
        Path content = dir.resolve("content");
        if (!Files.exists(dir.resolve(".complete"))) {
            Files.createDirectories(dir);
            run(dir, "python3", SHARED_BENCH.resolve("gen_corpus.py").toString(), String.valueOf(n), content.toString());
            Files.writeString(content.resolve("site.yaml"), "title: \"Synthetic digest of " + n + " papers\"\nbase_url: \"/\"\n");
            Files.writeString(dir.resolve(".complete"), "ok\n");
        }
        return dir;
    }

    /**
     * A digest of the first n papers of the real arXiv corpus ({@code ../shared/corpus}), converted
     * once with its {@code to_digest.py} and the shipped digest's topics.
     */
    static Path realCorpus(int n) throws Exception {
        Path dir = HOME.resolve("pd-real-" + n);
        if (!Files.exists(dir.resolve(".complete"))) {
            Path corpus = SHARED_BENCH.resolveSibling("corpus");
            run(Path.of("."), "python3", corpus.resolve("to_digest.py").toString(), corpus.resolve("real-arxiv.jsonl.gz").toString(),
                    dir.toString(), "--limit", String.valueOf(n), "--topics", Path.of("content", "topics.yaml").toAbsolutePath().toString());
            Files.writeString(dir.resolve(".complete"), "ok\n");
        }
        return dir;
    }

    /** Hugo with the peer site of ../shared/bench on the real digest's own content folder, as run_hugo.sh runs it. */
    static void hugoOnRealContent(Path digest, int n, boolean related) throws Exception {
        Path site = HOME.resolve("hugo-site-real");
        clear(site);
        copyTree(SHARED_BENCH.resolve("hugo-site"), site);
        Path out = HOME.resolve("hugo-out-real-" + n + (related ? "-related" : ""));
        clear(out);
        List<String> cmd = new ArrayList<>(List.of("env"));
        if (!related) cmd.add("HUGO_PARAMS_NORELATED=true");
        cmd.addAll(List.of("/usr/bin/time", "-f", "time: %e s, peak RSS %M KB", "hugo", "--quiet", "-d", out.toString(),
                "--contentDir", digest.resolve("content").toString()));
        System.out.println("hugo" + (related ? "" : "-norelated") + " N=" + n + " (real) clean build: "
                + run(site, cmd.toArray(String[]::new)).strip().replace("\n", " | ") + " | output: " + stats(out));
    }

    static String jar() {
        return Path.of("target", "paper-digest.jar").toAbsolutePath().toString();
    }

    static String run(Path dir, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + out);
        return out;
    }

    /**
     * {@code serve shipped|N}: a preview server on a copy of the digest; one paper edited five times;
     * the time from each save to the reload event, and how many pages were rendered again.
     */
    static void serve(String which) throws Exception {
        Path source = which.equals("shipped") ? Path.of("").toAbsolutePath() : corpus(Integer.parseInt(which));
        Path copy = Files.createTempDirectory("pd-serve-bench");
        copyTree(source.resolve("content"), copy.resolve("content"));
        try (dev.paperdigest.serve.DevServer server = new dev.paperdigest.serve.DevServer(copy, "127.0.0.1", 0, null, false,
                "bench", new java.io.PrintWriter(java.io.OutputStream.nullOutputStream()))) {
            long t0 = System.nanoTime();
            server.start();
            System.out.printf(Locale.ROOT, "serve %s: first build %d ms, %d pages%n", which, (System.nanoTime() - t0) / 1_000_000,
                    server.lastResult().pages());
            java.util.concurrent.BlockingQueue<Long> reloads = new java.util.concurrent.LinkedBlockingQueue<>();
            java.util.concurrent.BlockingQueue<String> data = new java.util.concurrent.LinkedBlockingQueue<>();
            Thread listener = new Thread(() -> {
                try {
                    var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(server.url() + "__paper-digest/events")).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofLines());
                    r.body().forEach(line -> {
                        if (line.startsWith("data: {")) {
                            reloads.add(System.nanoTime());
                            data.add(line.substring(6));
                        }
                    });
                } catch (Exception ignored) {
                    // closed
                }
            });
            listener.setDaemon(true);
            listener.start();
            Thread.sleep(500);
            Path paper;
            try (Stream<Path> s = Files.list(copy.resolve("content/papers"))) {
                paper = s.sorted().skip(s.hashCode() == 0 ? 0 : 0).findFirst().orElseThrow();
            }
            List<Long> times = new ArrayList<>();
            List<Long> settledTimes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String text = Files.readString(paper);
                long before = System.nanoTime();
                Files.writeString(paper, text.stripTrailing() + " Edit " + i + ".\n");
                Long at = reloads.poll(30, java.util.concurrent.TimeUnit.SECONDS);
                if (at == null) throw new IllegalStateException("no reload event");
                long ms = (at - before) / 1_000_000;
                dev.paperdigest.pipeline.Session.Settled rest = server.session().settle();
                long whole = (System.nanoTime() - before) / 1_000_000;
                String d = data.poll();
                if (i > 0) {
                    times.add(ms);
                    settledTimes.add(whole);
                }
                System.out.printf(Locale.ROOT, "  edit %d: reload event after %d ms %s; whole site (index, data files) after %d ms"
                                + " (data %d ms, search %d ms)%s%n", i, ms, d, whole, rest.dataMillis(), rest.searchMillis(),
                        i == 0 ? " (warm-up)" : "");
            }
            times.sort(null);
            settledTimes.sort(null);
            System.out.printf(Locale.ROOT, "serve %s: median %d ms, max %d ms from save to reload event;"
                            + " whole site median %d ms, max %d ms%n", which,
                    times.get(times.size() / 2), times.get(times.size() - 1),
                    settledTimes.get(settledTimes.size() / 2), settledTimes.get(settledTimes.size() - 1));
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> w = Files.walk(from)) {
            for (Path p : w.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }

    /**
     * Clean builds (site and cache deleted first, as run_hugo.sh deletes Hugo's output), three times;
     * then a rebuild with nothing changed and one after editing one paper; then Hugo on the same corpus.
     */
    static void build(Path digest, int n) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] cmd = {"/usr/bin/time", "-f", "time: %e s, peak RSS %M KB", java, "-jar", jar(), "build", "--timings"};
        for (int i = 1; i <= 3; i++) {
            clear(digest.resolve("site"));
            clear(digest.resolve(".paper-digest-cache"));
            System.out.println("paper-digest N=" + n + " clean build " + i + ": " + run(digest, cmd).strip().replace("\n", " | "));
        }
        System.out.println("output: " + stats(digest.resolve("site")));
        System.out.println("paper-digest N=" + n + " no-change rebuild: " + run(digest, cmd).strip().replace("\n", " | "));
        Path paper;
        try (Stream<Path> s = Files.list(digest.resolve("content/papers"))) {
            paper = s.sorted().findFirst().orElseThrow();
        }
        String before = Files.readString(paper);
        String label = "paper-digest N=" + n + (digest.getFileName().toString().startsWith("pd-real") ? " (real)" : "");
        try {
            Files.writeString(paper, before.stripTrailing() + " One more sentence.\n");
            System.out.println(label + " one paper edited: " + run(digest, cmd).strip().replace("\n", " | "));
            Files.delete(paper);
            System.out.println(label + " one paper deleted: " + run(digest, cmd).strip().replace("\n", " | "));
        } finally {
            Files.writeString(paper, before);
        }
        System.out.println(label + " one paper added: " + run(digest, cmd).strip().replace("\n", " | "));
        // a template edit: the theme copied into the digest (same bytes: no page changes), then its layout edited
        Path themes = digest.resolve("themes");
        boolean hadThemes = Files.exists(themes);
        if (!hadThemes) copyTree(Path.of("themes").toAbsolutePath(), themes);
        Path layout = themes.resolve("default/templates/base.ftlh");
        String layoutText = Files.readString(layout);
        try {
            run(digest, cmd);
            Files.writeString(layout, layoutText.replaceFirst("</footer>", " Edited.</footer>"));
            System.out.println(label + " layout template edited: " + run(digest, cmd).strip().replace("\n", " | "));
        } finally {
            Files.writeString(layout, layoutText);
            if (!hadThemes) clear(themes);
        }
        Path hugo = SHARED_BENCH.resolve("run_hugo.sh");
        if ((new File("/usr/bin/hugo").exists() || new File("/usr/local/bin/hugo").exists()) && label.endsWith("(real)")) {
            for (boolean related : new boolean[]{false, true}) hugoOnRealContent(digest, n, related);
        } else if (new File("/usr/bin/hugo").exists() || new File("/usr/local/bin/hugo").exists()) {
            clear(HOME.resolve("hugo-out-" + n));
            System.out.println(run(Path.of("."), "env", "NORELATED=1", "bash", hugo.toString(), String.valueOf(n)).strip());
            if (n <= 10_000) {
                clear(HOME.resolve("hugo-out-" + n));
                System.out.println(run(Path.of("."), "bash", hugo.toString(), String.valueOf(n)).strip());
            }
        } else {
            System.out.println("hugo: not installed (bash ../shared/bench/setup.sh installs it), skipped");
        }
        System.out.println("old outputs were moved to " + HOME.resolve("trash") + "; delete it when no timed run follows"
                + " within five minutes (see clear())");
    }

    /**
     * Empties the way for a clean build. By default the old folder is moved into a trash folder that
     * the benchmark never deletes: on this machine's journal-less ext4, creating files in the five
     * minutes after deleting many costs up to ten times more (the kernel's inode allocator skips
     * recently deleted inodes one by one; seen with perf in ext4's recently_deleted), which would
     * time an earlier deletion rather than the build. {@code -Dbench.delete=true} deletes instead,
     * to see that effect.
     */
    static void clear(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        if (Boolean.getBoolean("bench.delete")) {
            deleteTree(dir);
            return;
        }
        Path trash = Files.createDirectories(HOME.resolve("trash"));
        Files.move(dir, Files.createTempDirectory(trash, dir.getFileName().toString()).resolve("x"));
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> w = Files.walk(dir)) {
            for (Path p : w.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    static String stats(Path dir) throws IOException {
        long[] s = new long[2];
        try (Stream<Path> w = Files.walk(dir)) {
            w.filter(Files::isRegularFile).forEach(p -> {
                s[0]++;
                try {
                    s[1] += Files.size(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        return String.format(Locale.ROOT, "%d files, %.1f MiB", s[0], s[1] / 1048576.0);
    }

    static void search(Path digest, int n) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String timings = run(digest, java, "-jar", jar(), "build", "--timings");
        System.out.println("build: " + timings.strip().replace("\n", " | "));
        Path site = digest.resolve("site");
        System.out.println("search index: " + stats(site.resolve("search")));
        try (SiteServer server = new SiteServer(Map.of("/", site))) {
            WebDriver driver = chromium();
            try {
                measureQueries(driver, server);
                ranking(driver, server, site);
            } finally {
                driver.quit();
            }
        }
        Path pagefind = HOME.resolve("node/node_modules/.bin/pagefind");
        if (Files.isExecutable(pagefind)) {
            System.out.println(run(Path.of("."), "bash", SHARED_BENCH.resolve("run_pagefind.sh").toString(), site.toString()).strip());
        } else {
            System.out.println("pagefind: not installed (bash ../shared/bench/setup.sh installs it), skipped");
        }
    }

    static WebDriver chromium() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory("pd-bench-chrome"));
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build(), options);
    }

    /** Bytes (raw, gzipped) of the index files requested since {@code from}; snippet pages counted apart. */
    static long[] since(SiteServer s, int from) {
        long[] t = new long[4];
        synchronized (s.log) {
            for (int i = from; i < s.log.size(); i++) {
                boolean page = s.paths.get(i).startsWith("/papers/");
                t[page ? 2 : 0] += s.log.get(i)[0];
                t[page ? 3 : 1] += s.log.get(i)[1];
            }
        }
        return t;
    }

    /** Waits until no request has arrived for 400 ms. */
    static void settle(SiteServer s) throws InterruptedException {
        int last = -1;
        while (true) {
            Thread.sleep(400);
            int now = s.log.size();
            if (now == last) return;
            last = now;
        }
    }

    static void open(WebDriver driver, SiteServer server) throws InterruptedException {
        driver.get("about:blank");
        driver.get(server.url("/search/"));
        settle(server);
    }

    static void type(WebDriver driver, String text) {
        ((JavascriptExecutor) driver).executeScript(
                "const i = document.getElementById('search-q'); i.value = arguments[0]; i.dispatchEvent(new Event('input'));", text);
    }

    static void measureQueries(WebDriver driver, SiteServer server) throws Exception {
        System.out.println("query | first query: index KB raw/gzip (+ snippet pages KB raw/gzip) | per keystroke: median, max KB raw/gzip");
        for (String q : QUERIES) {
            open(driver, server);
            // the first query: a fresh page (its bootstrap counted), the whole query at once
            int mark = 0;
            synchronized (server.log) {
                for (int i = 0; i < server.log.size(); i++) if (server.paths.get(i).startsWith("/search/meta")) mark = i;
            }
            type(driver, q);
            settle(server);
            long[] first = since(server, mark);
            // typing: a fresh page, one character at a time
            open(driver, server);
            List<long[]> strokes = new ArrayList<>();
            for (int k = 1; k <= q.length(); k++) {
                int before = server.log.size();
                type(driver, q.substring(0, k));
                settle(server);
                strokes.add(since(server, before));
            }
            long[] raw = strokes.stream().mapToLong(a -> a[0]).sorted().toArray();
            long[] gz = strokes.stream().mapToLong(a -> a[1]).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-28s | %6.1f / %5.1f (+ %5.1f / %5.1f) | %5.1f / %4.1f, %5.1f / %4.1f%n", q,
                    first[0] / 1024.0, first[1] / 1024.0, first[2] / 1024.0, first[3] / 1024.0,
                    raw[raw.length / 2] / 1024.0, gz[gz.length / 2] / 1024.0, raw[raw.length - 1] / 1024.0, gz[gz.length - 1] / 1024.0);
        }
    }

    /**
     * For 20 papers, a query of the rarest words of the title (three, or more until no other title has
     * them all; papers whose title words all appear in another title are skipped): is that paper first?
     */
    static void ranking(WebDriver driver, SiteServer server, Path site) throws Exception {
        com.fasterxml.jackson.databind.JsonNode papers = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(site.resolve("papers.json").toFile());
        Map<String, Integer> df = new HashMap<>();
        for (var p : papers) for (String w : new java.util.HashSet<>(words(p.get("title").asText()))) df.merge(w, 1, Integer::sum);
        int hits = 0;
        int tried = 0;
        open(driver, server);
        for (int i = 0; i < papers.size() && tried < 20; i += Math.max(1, papers.size() / 20)) {
            var p = papers.get(i);
            List<String> ws = new ArrayList<>(new java.util.LinkedHashSet<>(words(p.get("title").asText())));
            ws.removeIf(w -> w.length() < 4);
            if (ws.size() < 3) continue;
            ws.sort(Comparator.comparingInt((String w) -> df.get(w)).thenComparing(w -> w));
            int k = 3;
            while (k <= ws.size() && sharedByAnother(papers, i, ws.subList(0, k))) k++;
            if (k > ws.size()) continue;
            String q = String.join(" ", ws.subList(0, k)) + " ";
            type(driver, q);
            settle(server);
            Object first = ((JavascriptExecutor) driver).executeScript(
                    "const a = document.querySelector('.search-results li h3 a'); return a ? a.getAttribute('href') : ''");
            tried++;
            if (String.valueOf(first).endsWith("/papers/" + p.get("slug").asText() + "/")) hits++;
            else System.out.println("  not first: '" + q.strip() + "' -> " + first + " (wanted " + p.get("slug").asText() + ")");
        }
        System.out.println("ranking: " + hits + "/" + tried + " title queries put their paper first");
    }

    static boolean sharedByAnother(com.fasterxml.jackson.databind.JsonNode papers, int self, List<String> ws) {
        for (int j = 0; j < papers.size(); j++) {
            if (j != self && new java.util.HashSet<>(words(papers.get(j).get("title").asText())).containsAll(ws)) return true;
        }
        return false;
    }

    static List<String> words(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")).filter(w -> !w.isEmpty()).toList();
    }
}
