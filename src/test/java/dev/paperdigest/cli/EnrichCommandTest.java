package dev.paperdigest.cli;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The {@code enrich} verb against a local server: what it prints, what it writes, its exit status. */
class EnrichCommandTest {
    @TempDir
    Path tmp;

    @Test
    void printsTheReviewListAsJsonAndNamesTheContactInItsUserAgent() throws Exception {
        List<String> agents = Collections.synchronizedList(new ArrayList<>());
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            agents.add(ex.getRequestHeaders().getFirst("User-Agent"));
            byte[] b = "{\"error\":\"not found\"}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(404, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
        try {
            Files.createDirectories(tmp.resolve("content/papers"));
            Files.writeString(tmp.resolve("content/site.yaml"), "title: \"T\"\ncontact: \"me@example.org\"\n");
            String paper = "---\ntitle: \"Nobody Knows This Paper\"\nadded: 2026-11-26\n---\n\nText.\n";
            Files.writeString(tmp.resolve("content/papers/nobody.md"), paper);
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new PrintWriter(out), new PrintWriter(err), "enrich", "--source", tmp.toString(), "--json",
                    "--arxiv-api", base + "/arxiv", "--s2-api", base + "/s2", "--hf-api", base + "/hf", "nobody");
            assertEquals(ExitCodes.OK, code, err.toString());
            assertEquals("""
                    [ {
                      "file" : "content/papers/nobody.md",
                      "reason" : "found by none of the services",
                      "candidates" : [ ]
                    } ]
                    enrich: 1 of 1 papers looked at, nothing filled; 1 to review; 2 requests
                    """, out.toString());
            assertEquals("enrich 1/1 (arXiv 1 req/3 s, about 0 s left)\n", err.toString());
            assertEquals(paper, Files.readString(tmp.resolve("content/papers/nobody.md")));
            assertEquals(2, agents.size());
            for (String a : agents) assertEquals("paper-digest/" + Version.current()
                    + " (static site generator for paper digests; mailto:me@example.org)", a);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void refusesAPaperThatIsNotThere() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.CONTENT, Main.run(new PrintWriter(out), new PrintWriter(err), "enrich", "--source", tmp.toString(),
                "--offline", "missing"));
        assertEquals("missing: error: no such paper\n  hint: name a file under content/papers/ or its slug\n", err.toString());
    }
}
