package dev.paperdigest.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * HTTP for enrich: one client, a pace per service (the least time between two requests to it),
 * retries with exponential backoff on 429, 5xx, time-outs and dropped connections (honouring
 * {@code Retry-After}), and a cache of every definitive answer (200 and 404) under the digest's
 * cache folder, so a rerun asks nothing it asked before and {@code --offline} asks nothing at all.
 * Not thread-safe: enrich asks one thing at a time, as the services want.
 */
final class ApiClient {
    /** The service answered, for good: status 200 or 404 and the body. */
    record Answer(int status, String body) {
        boolean found() {
            return status == 200;
        }
    }

    /** No definitive answer: the network failed, the service kept refusing, or offline with nothing cached. */
    static final class Unreachable extends Exception {
        Unreachable(String message) {
            super(message, null, false, false);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MAX_WAIT = Duration.ofMinutes(2);

    private final Sources sources;
    private final Path cacheDir;
    private final boolean offline;
    private final Clock clock;
    private final HttpClient http;
    private final Map<String, Long> lastRequest = new HashMap<>();
    private int requests;

    /** Time, so tests can see the waits without waiting. */
    interface Clock {
        long millis();

        void sleep(long millis) throws InterruptedException;

        Clock SYSTEM = new Clock() {
            @Override
            public long millis() {
                return System.currentTimeMillis();
            }

            @Override
            public void sleep(long millis) throws InterruptedException {
                Thread.sleep(millis);
            }
        };
    }

    ApiClient(Sources sources, Path cacheDir, boolean offline, Clock clock) {
        this.sources = sources;
        this.cacheDir = cacheDir;
        this.offline = offline;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(sources.timeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Requests sent over the network so far (cache hits not counted). */
    int requests() {
        return requests;
    }

    Answer get(String service, String url) throws Unreachable {
        return send(service, "GET", url, null);
    }

    Answer post(String service, String url, String jsonBody) throws Unreachable {
        return send(service, "POST", url, jsonBody);
    }

    private Answer send(String service, String method, String url, String body) throws Unreachable {
        Path cached = cacheDir.resolve(key(method, url, body) + ".json");
        Answer hit = readCache(cached);
        if (hit != null) return hit;
        if (offline) throw new Unreachable("not in the cache (--offline): " + method + " " + url);
        String last = "";
        long backoff = 1000;
        for (int attempt = 1; attempt <= sources.tries(); attempt++) {
            pace(service);
            try {
                requests++;
                HttpResponse<String> r = http.send(request(method, url, body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = r.statusCode();
                if (status == 200 || status == 404) {
                    Answer a = new Answer(status, r.body());
                    writeCache(cached, method, url, a);
                    return a;
                }
                last = "HTTP " + status + " from " + host(url);
                if (status != 429 && status < 500) throw new Unreachable(last + " for " + method + " " + url);
                long wait = retryAfter(r).orElse(backoff);
                if (attempt < sources.tries()) sleep(Math.min(wait, MAX_WAIT.toMillis()));
            } catch (HttpTimeoutException e) {
                last = "no answer from " + host(url) + " within " + sources.timeout().toSeconds() + " s";
                if (attempt < sources.tries()) sleep(backoff);
            } catch (IOException e) {
                last = "cannot reach " + host(url) + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
                if (attempt < sources.tries()) sleep(backoff);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Unreachable("interrupted");
            }
            backoff *= 2;
        }
        throw new Unreachable(last + " after " + sources.tries() + " tries");
    }

    private HttpRequest request(String method, String url, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(sources.timeout())
                .header("User-Agent", sources.userAgent()).header("Accept", "*/*");
        if (url.startsWith(sources.s2Api()) && !sources.s2Key().isEmpty()) b.header("x-api-key", sources.s2Key());
        if (body != null) b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        else b.GET();
        return b.build();
    }

    /** Waits until the service's pace allows the next request. */
    private void pace(String service) throws Unreachable {
        Duration gap = switch (service) {
            case "arxiv" -> sources.arxivGap();
            case "s2" -> sources.s2Gap();
            default -> sources.hfGap();
        };
        Long last = lastRequest.get(service);
        long now = clock.millis();
        if (last != null && now - last < gap.toMillis()) sleep(gap.toMillis() - (now - last));
        lastRequest.put(service, clock.millis());
    }

    private void sleep(long millis) throws Unreachable {
        try {
            clock.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted");
        }
    }

    /** {@code Retry-After} in seconds (the HTTP-date form is taken as the default backoff). */
    private static java.util.Optional<Long> retryAfter(HttpResponse<?> r) {
        return r.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                return java.util.Optional.of(Math.max(0, Long.parseLong(v.strip())) * 1000);
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        });
    }

    private static String host(String url) {
        String h = URI.create(url).getHost();
        return h == null ? url : h;
    }

    private static String key(String method, String url, String body) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((method + " " + url + "\n" + (body == null ? "" : body)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Answer readCache(Path file) {
        if (!Files.isRegularFile(file)) return null;
        try {
            JsonNode n = JSON.readTree(file.toFile());
            return new Answer(n.path("status").asInt(), n.path("body").asText());
        } catch (IOException e) {
            return null; // a damaged entry is asked again
        }
    }

    private void writeCache(Path file, String method, String url, Answer a) {
        try {
            Files.createDirectories(file.getParent());
            ObjectNode n = JSON.createObjectNode().put("method", method).put("url", url).put("status", a.status()).put("body", a.body());
            Path tmp = Files.createTempFile(file.getParent(), ".entry", ".tmp");
            Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the cache only saves requests; without it enrich still works
        }
    }
}
