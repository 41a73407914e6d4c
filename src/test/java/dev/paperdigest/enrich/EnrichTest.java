package dev.paperdigest.enrich;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.paperdigest.Golden;
import dev.paperdigest.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * enrich against a server on 127.0.0.1 that answers as arXiv, Semantic Scholar and Hugging Face do
 * (fixtures of our own in their shapes, under {@code enrich/responses/}), with the faults real
 * services have: 429 with Retry-After, 503, an answer too slow, a body that is not a feed.
 */
class EnrichTest {
    private static final Path RES = TestFiles.resources().resolve("enrich");

    @TempDir
    Path tmp;

    private HttpServer server;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    private final List<String> agents = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean alwaysFail;

    /** Time that passes only when enrich waits, so waits are seen, not spent. */
    static final class FakeClock implements ApiClient.Clock {
        long now = 1_000_000;
        final List<Long> sleeps = new ArrayList<>();

        @Override
        public long millis() {
            return now;
        }

        @Override
        public void sleep(long millis) {
            sleeps.add(millis);
            now += millis;
        }
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private int first(String key) {
        return seen.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String query = ex.getRequestURI().getRawQuery() == null ? "" : URLDecoder.decode(ex.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        agents.add(ex.getRequestHeaders().getFirst("User-Agent"));
        log.add(ex.getRequestMethod() + " " + path + (query.isEmpty() ? "" : "?" + query) + (body.isEmpty() ? "" : " " + body));
        if (alwaysFail) {
            reply(ex, 503, "Service Unavailable", null);
            return;
        }
        if (path.equals("/arxiv")) {
            if (query.startsWith("id_list=")) {
                String id = query.substring(8, query.indexOf('&'));
                if (id.equals("1512.03385") && first("arxiv-429") == 1) {
                    reply(ex, 429, "Rate exceeded.", "2");
                    return;
                }
                Path f = RES.resolve("responses/arxiv-id-" + id + ".xml");
                reply(ex, 200, Files.exists(f) ? Files.readString(f) : Files.readString(RES.resolve("responses/arxiv-empty.xml")), null);
            } else {
                String words = query.replaceAll(".*ti:\"([^\"]*)\".*", "$1");
                String file = switch (words) {
                    case "mixup beyond empirical risk minimization" -> "arxiv-title-mixup.xml";
                    case "mixup beyond risk" -> "arxiv-title-near.xml";
                    case "scaling laws for fixture models" -> "arxiv-title-twins.xml";
                    case "broken answer paper" -> "arxiv-malformed.xml";
                    default -> "arxiv-empty.xml";
                };
                reply(ex, 200, Files.readString(RES.resolve("responses/" + file)), null);
            }
        } else if (path.equals("/s2/paper/search/match")) {
            if (query.startsWith("query=Mixup Beyond Risk&")) reply(ex, 200, Files.readString(RES.resolve("responses/s2-match-near.json")), null);
            else reply(ex, 404, Files.readString(RES.resolve("responses/s2-match-notfound.json")), null);
        } else if (path.equals("/s2/paper/batch")) {
            if (body.contains("ARXIV:1512.03385")) {
                if (first("s2-503") == 1) {
                    reply(ex, 503, "upstream unavailable", null);
                    return;
                }
                reply(ex, 200, Files.readString(RES.resolve("responses/s2-batch-resnet.json")), null);
            } else if (body.contains("ARXIV:1710.09412")) {
                reply(ex, 200, Files.readString(RES.resolve("responses/s2-batch-mixup.json")), null);
            } else {
                reply(ex, 200, Files.readString(RES.resolve("responses/s2-batch-curated.json")), null);
            }
        } else if (path.equals("/hf/papers/1512.03385")) {
            if (first("hf-slow") == 1) {
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            reply(ex, 200, Files.readString(RES.resolve("responses/hf-1512.03385.json")), null);
        } else {
            reply(ex, 404, Files.readString(RES.resolve("responses/hf-notfound.json")), null);
        }
    }

    private static void reply(HttpExchange ex, int status, String body, String retryAfter) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        if (retryAfter != null) ex.getResponseHeaders().add("Retry-After", retryAfter);
        try {
            ex.sendResponseHeaders(status, b.length);
            ex.getResponseBody().write(b);
        } catch (IOException e) {
            // the client gave up waiting (the time-out case)
        }
        ex.close();
    }

    private Sources sources() {
        return Sources.defaults("", "paper-digest/test (mailto:curator@example.org)")
                .withApis(base() + "/arxiv", base() + "/s2", base() + "/hf")
                .withPace(Duration.ofSeconds(3), Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofMillis(500), 3);
    }

    private Path digest(String name) {
        return TestFiles.copy(RES.resolve("digest"), tmp.resolve(name));
    }

    private static List<Enricher.Target> targets(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root.resolve("content/papers"))) {
            return s.sorted().map(p -> new Enricher.Target(p, "content/papers/" + p.getFileName())).toList();
        }
    }

    private static String report(Enricher.Result r) {
        StringBuilder sb = new StringBuilder();
        r.lines().forEach(l -> sb.append(l).append('\n'));
        r.reviews().forEach(v -> sb.append(v.format()).append('\n'));
        sb.append("filled ").append(r.filled()).append('\n');
        return sb.toString();
    }

    @Test
    void fillsByIdAndExactTitleReviewsTheRestAndRidesOutTheServicesFaults() throws Exception {
        Path root = digest("d");
        FakeClock clock = new FakeClock();
        Enricher.Result r = new Enricher(sources(), root.resolve(".paper-digest-cache/enrich"), false, false, clock)
                .run(targets(root), p -> { });
        assertNull(r.stopped());
        Golden.assertMatches(RES.resolve("expected/report.txt"), report(r));
        TreeMap<String, byte[]> files = TestFiles.tree(root.resolve("content/papers"));
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Golden.assertMatches(RES.resolve("expected/papers").resolve(e.getKey()), new String(e.getValue(), StandardCharsets.UTF_8));
        }
        Golden.assertMatches(RES.resolve("expected/requests.txt"), String.join("\n", log) + "\n");
        // arXiv's 3 s between requests, Retry-After: 2 on the 429, doubling backoff after the 503 and the time-out
        Golden.assertMatches(RES.resolve("expected/waits.txt"), clock.sleeps.toString() + "\n");
        assertTrue(clock.sleeps.contains(2000L), clock.sleeps.toString());
        assertTrue(agents.stream().allMatch(a -> a.equals("paper-digest/test (mailto:curator@example.org)")), agents.toString());
        Golden.assertMatches(RES.resolve("expected/review.json"), dev.paperdigest.cli.EnrichJson.of(r.reviews()) + "\n");
    }

    @Test
    void answersARerunFromTheCacheAndOfflineAsksNothing() throws Exception {
        Path root = digest("d");
        Path cache = tmp.resolve("cache");
        new Enricher(sources(), cache, false, false, new FakeClock()).run(targets(root), p -> { });
        int asked = log.size();
        Path again = digest("again");
        Enricher.Result r = new Enricher(sources(), cache, true, false, new FakeClock()).run(targets(again), p -> { });
        assertNull(r.stopped(), r.stopped());
        assertEquals(0, r.requests());
        assertEquals(asked, log.size(), "offline sends nothing");
        assertEquals(TestFiles.tree(root.resolve("content/papers")).keySet(), TestFiles.tree(again.resolve("content/papers")).keySet());
        for (Map.Entry<String, byte[]> e : TestFiles.tree(root.resolve("content/papers")).entrySet()) {
            assertEquals(new String(e.getValue(), StandardCharsets.UTF_8),
                    Files.readString(again.resolve("content/papers").resolve(e.getKey())), e.getKey());
        }
    }

    @Test
    void stopsOnAServiceThatKeepsFailingAndKeepsWhatItDid() throws Exception {
        Path root = digest("d");
        Enricher enricher = new Enricher(sources(), root.resolve(".paper-digest-cache/enrich"), false, false, new FakeClock());
        List<Enricher.Target> all = targets(root);
        Enricher.Result first = enricher.run(all.subList(0, 3), p -> { });
        assertNull(first.stopped());
        String broken = Files.readString(root.resolve("content/papers/curated.md"));
        alwaysFail = true;
        Enricher.Result r = enricher.run(all, p -> { });
        assertNotNull(r.stopped());
        assertEquals("HTTP 503 from 127.0.0.1 after 3 tries", r.stopped());
        assertTrue(r.done() >= 0 && r.done() < all.size(), "stopped at " + r.done());
        assertEquals(broken, Files.readString(root.resolve("content/papers/curated.md")), "nothing half-written");
    }

    @Test
    void offlineWithAnEmptyCacheStopsWithAClearMessage() throws Exception {
        Path root = digest("d");
        Enricher.Result r = new Enricher(sources(), tmp.resolve("empty-cache"), true, false, new FakeClock()).run(targets(root), p -> { });
        assertEquals(0, r.done());
        assertEquals("not in the cache (--offline): GET " + base() + "/arxiv?search_query=ti%3A%22broken+answer+paper%22&start=0&max_results=10",
                r.stopped());
        assertEquals(0, log.size());
    }
}
