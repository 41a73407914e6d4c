package dev.paperdigest.serve;

import dev.paperdigest.TestFiles;
import dev.paperdigest.pipeline.Build;
import dev.paperdigest.pipeline.BuildOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview server without a browser: pages, reload events, incremental rebuilds, the error overlay. */
class DevServerTest {
    @TempDir
    Path tmp;
    Path root;
    DevServer server;
    final HttpClient http = HttpClient.newHttpClient();
    final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        root = TestFiles.copy(TestFiles.resources().resolve("sites/small"), tmp.resolve("digest"));
        server = new DevServer(root, "127.0.0.1", 0, null, false, "paper-digest test", new PrintWriter(new StringWriter()));
        server.start();
        Thread listener = new Thread(() -> {
            try {
                HttpResponse<java.io.InputStream> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "__paper-digest/events")).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8));
                String event = null;
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("event: ")) event = line.substring(7);
                    else if (line.startsWith("data: ") && event != null) events.add(event + " " + line.substring(6));
                }
            } catch (Exception ignored) {
                // the server closed
            }
        });
        listener.setDaemon(true);
        listener.start();
        Thread.sleep(200);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    String next() throws InterruptedException {
        String e = events.poll(10, TimeUnit.SECONDS);
        assertNotNull(e, "an event within 10 s");
        return e;
    }

    @Test
    void servesPagesWithTheLiveScriptOnlyWhenServed() throws Exception {
        HttpResponse<String> home = get("");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<script src=\"/__paper-digest/live.js\"></script>\n</body>"), home.body());
        assertEquals(404, get("papers/nope/").statusCode());
        assertTrue(get("papers/nope/").body().contains("Page not found"));
        assertTrue(get("__paper-digest/live.js").body().contains("EventSource"));
        assertFalse(server.lastResult().diagnostics().hasErrors());
    }

    @Test
    void reloadsAfterAnEditRenderingFewPagesAndMatchingAFullBuild() throws Exception {
        Path paper = root.resolve("content/papers/adversarial-examples.md");
        Files.writeString(paper, Files.readString(paper).replace("Explaining and Harnessing", "Explaining, Harnessing"));
        String e = next();
        assertTrue(e.startsWith("reload "), e);
        int rendered = Integer.parseInt(e.replaceAll(".*\"rendered\":(\\d+).*", "$1"));
        int pages = Integer.parseInt(e.replaceAll(".*\"pages\":(\\d+).*", "$1"));
        // its page, its topic page, its issue page and e-mail, and the two papers that list it as related (golden/small)
        assertEquals(6, rendered, e);
        assertEquals(19, pages, e);
        assertTrue(get("papers/adversarial-examples/").body().contains("<h1 class=\"card-title\">Explaining, Harnessing Adversarial Examples</h1>"));

        Path full = tmp.resolve("full");
        new Build("paper-digest test").run(new BuildOptions(root, full, server.url(), false));
        Map<String, byte[]> expected = new TreeMap<>(TestFiles.tree(full));
        Map<String, byte[]> served = new TreeMap<>(server.session().site());
        assertEquals(expected.keySet(), served.keySet());
        for (String k : expected.keySet()) assertArrayEquals(expected.get(k), served.get(k), k);
    }

    @Test
    void servesTheNewSearchIndexAndDataFilesToRequestsMadeRightAfterTheReload() throws Exception {
        Path paper = root.resolve("content/papers/adversarial-examples.md");
        Files.writeString(paper, Files.readString(paper).replace("Explaining and Harnessing", "Explaining Zyxwvut"));
        assertTrue(next().startsWith("reload "));
        // asked for at once: the server answers once the second phase (data files, index) is done
        assertTrue(get("papers.json").body().contains("Explaining Zyxwvut Adversarial Examples"));
        Path full = tmp.resolve("full");
        new Build("paper-digest test").run(new BuildOptions(root, full, server.url(), false));
        String shard = TestFiles.tree(full).keySet().stream().filter(k -> k.startsWith("search/t/zy")).findFirst().orElseThrow();
        assertEquals(Files.readString(full.resolve(shard)), get(shard).body());
        assertTrue(get(shard).body().contains("zyxwvut"));
    }

    @Test
    void rendersOnlyThePagesOfAChangedTemplate() throws Exception {
        Path t = Files.createDirectories(root.resolve("themes/default/templates"));
        Files.writeString(t.resolve("404.ftlh"), "<!DOCTYPE html><title>gone</title><p>Nothing at ${path}</p>\n");
        String e = next();
        assertTrue(e.contains("\"rendered\":1,"), e);
        assertTrue(get("missing").body().contains("Nothing at 404.html"));
    }

    @Test
    void keepsServingTheLastGoodSiteAndShowsErrorsUntilFixed() throws Exception {
        Path paper = root.resolve("content/papers/gan-survey.md");
        String good = Files.readString(paper);
        Files.writeString(paper, good.replace("title: ", "topics: [nope]\ntitle: "));
        String e = next();
        assertTrue(e.startsWith("errors [\"content/papers/gan-survey.md:2:"), e);
        String page = get("papers/gan-survey/").body();
        assertTrue(page.contains("A Survey of Generative Adversarial Networks"), "the last good page");
        assertTrue(page.contains("id=\"paper-digest-errors\""), "with the overlay");
        assertTrue(page.contains("unknown topic id &#39;nope&#39;") || page.contains("unknown topic id 'nope'"), page);
        Files.writeString(paper, good);
        assertTrue(next().startsWith("reload "));
        assertFalse(get("papers/gan-survey/").body().contains("paper-digest-errors"));
    }

    @Test
    void aRebuildThatFailsAfterItsPagesStillShowsTheOverlayAndTheNextSaveIsBuilt() throws Exception {
        // a theme file in the place of a data file is found only when the data files are made
        Path clash = Files.createDirectories(root.resolve("themes/default/static")).resolve("papers.json");
        Files.writeString(clash, "[]");
        String e = next();
        while (e.startsWith("reload ")) e = next();
        assertTrue(e.startsWith("errors [\"themes/default/static/papers.json: error: static file 'papers.json' would replace"), e);
        assertTrue(get("").body().contains("id=\"paper-digest-errors\""), "the overlay");
        Files.delete(clash);
        assertTrue(next().startsWith("reload "));
        Path paper = root.resolve("content/papers/gan-survey.md");
        Files.writeString(paper, Files.readString(paper).replace("A Survey of Generative", "A Fixed Survey of Generative"));
        String r = next();
        while (!r.startsWith("reload ")) r = next();
        String page = get("papers/gan-survey/").body();
        assertTrue(page.contains("A Fixed Survey of Generative"), "the next save is built");
        assertFalse(page.contains("paper-digest-errors"));
        assertFalse(get("papers.json").body().equals("[]"), "papers.json is the build's again");
    }

    @Test
    void handlesDeletedAndNewFiles() throws Exception {
        Files.move(root.resolve("content/papers/gan-survey.md"), root.resolve("content/papers/gan-review.md"));
        assertTrue(next().startsWith("reload "));
        assertEquals(404, get("papers/gan-survey/").statusCode());
        assertEquals(200, get("papers/gan-review/").statusCode());
    }

    /** A raw request, so the Host header and method are ours to choose; the status line and headers back. */
    String raw(String method, String host) throws Exception {
        int port = URI.create(server.url()).getPort();
        try (java.net.Socket sock = new java.net.Socket("127.0.0.1", port)) {
            sock.setSoTimeout(10_000);
            sock.getOutputStream().write((method + " / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(sock.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void answersGetAndHeadOnlyAndOnlyForThisMachinesNames() throws Exception {
        int port = URI.create(server.url()).getPort();
        assertTrue(raw("GET", "127.0.0.1:" + port).startsWith("HTTP/1.1 200"));
        assertTrue(raw("GET", "localhost:" + port).startsWith("HTTP/1.1 200"));
        assertTrue(raw("GET", "LOCALHOST").startsWith("HTTP/1.1 200"));
        String head = raw("HEAD", "localhost:" + port);
        assertTrue(head.startsWith("HTTP/1.1 200"), head);
        assertTrue(head.endsWith("\r\n\r\n"), "no body after the headers: " + head);
        String post = raw("POST", "localhost:" + port);
        assertTrue(post.startsWith("HTTP/1.1 405"), post);
        assertTrue(post.toLowerCase(java.util.Locale.ROOT).contains("allow: get, head"), post);
        assertTrue(raw("PUT", "localhost:" + port).startsWith("HTTP/1.1 405"));
        // DNS rebinding: a page of evil.example whose name now points here sends its own name
        String rebound = raw("GET", "evil.example:" + port);
        assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
        assertTrue(raw("GET", "127.0.0.2:" + port).startsWith("HTTP/1.1 403"));
    }

    @Test
    void liveReloadStreamsHoldNoThreadAndAreDroppedWhenTheirClientGoes() throws Exception {
        int port = URI.create(server.url()).getPort();
        for (int i = 0; i < 50 && server.liveStreams() < 1; i++) Thread.sleep(20);
        int before = server.liveStreams();
        List<java.net.Socket> socks = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            java.net.Socket sock = new java.net.Socket("127.0.0.1", port);
            sock.getOutputStream().write(("GET /__paper-digest/events HTTP/1.1\r\nHost: localhost:" + port + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socks.add(sock);
        }
        for (int i = 0; i < 250 && server.liveStreams() < before + 20; i++) Thread.sleep(20);
        assertEquals(before + 20, server.liveStreams());
        assertTrue(threads("paper-digest-http") <= DevServer.THREADS, "streams hold no thread: " + threads("paper-digest-http"));
        assertTrue(raw("GET", "localhost").startsWith("HTTP/1.1 200"), "pages are still served");
        for (java.net.Socket sock : socks) sock.close();
        Thread.sleep(100);
        server.ping();
        server.ping(); // the first write after a close may still be accepted by the kernel
        assertEquals(before, server.liveStreams());
    }

    @Test
    void idleConnectionsHoldNoThreadEither() throws Exception {
        int port = URI.create(server.url()).getPort();
        List<java.net.Socket> socks = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 150; i++) socks.add(new java.net.Socket("127.0.0.1", port));
            Thread.sleep(300);
            assertTrue(threads("paper-digest-http") <= DevServer.THREADS, "threads: " + threads("paper-digest-http"));
        } finally {
            for (java.net.Socket sock : socks) sock.close();
        }
    }

    private static long threads(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).count();
    }

    @Test
    void warnsWhenBoundToAnAddressOtherMachinesReach() throws Exception {
        StringWriter log = new StringWriter();
        try (DevServer open = new DevServer(root, "0.0.0.0", 0, null, false, "t", new PrintWriter(log))) {
            assertTrue(log.toString().startsWith("warning: serving on 0.0.0.0, which other machines can reach"), log.toString());
        }
        StringWriter quiet = new StringWriter();
        try (DevServer local = new DevServer(root, "127.0.0.1", 0, null, false, "t", new PrintWriter(quiet))) {
            assertEquals("", quiet.toString());
        }
    }
}
