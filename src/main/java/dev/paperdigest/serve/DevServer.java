package dev.paperdigest.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.paperdigest.pipeline.BuildOptions;
import dev.paperdigest.pipeline.Session;
import dev.paperdigest.diag.Diagnostic;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * The preview server: the {@link Session}'s in-memory site over HTTP, rebuilt on every batch of
 * changes, with server-sent events telling pages to reload or to show the build's errors.
 */
public final class DevServer implements AutoCloseable {
    static final String LIVE = "__paper-digest/";

    private final Path root;
    private final HttpServer server;
    private final String basePath;
    private final String baseUrl;
    private final Session session;
    private final PrintWriter log;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private volatile List<String> errors = List.of();
    private volatile Session.Result last;
    private Watcher watcher;

    /**
     * Binds {@code bind:port} (0 for any free port); does not build or serve until {@link #start()}.
     *
     * @param baseUrl the site's base URL, or null for {@code http://bind:port/}
     */
    public DevServer(Path root, String bind, int port, String baseUrl, boolean drafts, String generator, PrintWriter log)
            throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.log = log;
        this.server = HttpServer.create(new InetSocketAddress(bind, port), 64);
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        String url = baseUrl != null ? baseUrl : "http://" + host + ":" + server.getAddress().getPort() + "/";
        this.baseUrl = url.endsWith("/") ? url : url + "/";
        String path = this.baseUrl.startsWith("/") ? this.baseUrl : URI.create(this.baseUrl).getPath();
        this.basePath = path.isEmpty() ? "/" : path;
        this.session = new Session(new BuildOptions(this.root, this.root.resolve("site"), this.baseUrl, drafts), generator);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "paper-digest-http");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
    }

    /** Builds, starts serving and watching. */
    public void start() throws IOException {
        rebuild(Set.of());
        watcher = new Watcher(root, List.of(root.resolve(BuildOptions.CONTENT_DIR), root.resolve("themes")), this::changed);
        server.start();
    }

    /** The address pages are served at. */
    public String url() {
        return "http://" + hostForUrl() + ":" + server.getAddress().getPort() + basePath;
    }

    private String hostForUrl() {
        String h = server.getAddress().getHostString();
        return h.contains(":") ? "[" + h + "]" : h;
    }

    /** The session behind the server (its in-memory site), for tests. */
    public Session session() {
        return session;
    }

    public Session.Result lastResult() {
        return last;
    }

    private void changed(Set<Path> paths) {
        try {
            rebuild(paths);
        } catch (IOException | RuntimeException e) {
            errors = List.of("internal error while rebuilding: " + e.getMessage());
            send("errors", json(errors));
        }
    }

    private synchronized void rebuild(Set<Path> paths) throws IOException {
        Session.Result r = session.rebuild(paths);
        last = r;
        if (r.ok()) {
            boolean wasBroken = !errors.isEmpty();
            errors = List.of();
            StringBuilder stages = new StringBuilder();
            r.stages().forEach((k, v) -> stages.append(",\"").append(k).append("\":").append(v));
            String event = String.format(Locale.ROOT, "{\"ms\":%d,\"rendered\":%d,\"pages\":%d,\"changed\":%d%s}",
                    r.millis(), r.pagesRendered(), r.pages(), r.changed().size(), stages);
            // a changed page reloads at once; the search index and data files follow on their own
            boolean sent = !r.changed().isEmpty() || wasBroken || paths.isEmpty();
            if (sent) send("reload", event);
            Session.Settled rest = session.settle();
            if (rest.problem() != null) {
                errors = List.of("internal error while rebuilding: " + rest.problem());
                send("errors", json(errors));
                log.println(errors.get(0));
            } else if (!sent && !rest.changed().isEmpty()) {
                send("reload", event);
                sent = true;
            }
            if (sent) {
                log.printf(Locale.ROOT, "rebuilt in %d ms: %d of %d pages rendered; all %d changed files in %d ms%n",
                        r.millis(), r.pagesRendered(), r.pages(), rest.changed().size(), rest.totalMillis());
            }
        } else {
            List<String> lines = new ArrayList<>();
            for (Diagnostic d : r.diagnostics().sorted()) if (d.isError()) lines.add(d.format());
            errors = List.copyOf(lines);
            log.println("build failed; still serving the last good site:");
            lines.forEach(log::println);
            send("errors", json(errors));
        }
        log.flush();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (!path.startsWith(basePath)) {
                respond(ex, 404, "text/plain; charset=utf-8", ("Not under the site's base path " + basePath).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String rel = path.substring(basePath.length());
            if (rel.equals(LIVE + "events")) {
                events(ex);
                return;
            }
            if (rel.equals(LIVE + "live.js")) {
                respond(ex, 200, "text/javascript; charset=utf-8", LiveScript.source(basePath).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String file = rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel;
            byte[] body = session.file(file);
            if (body == null && session.file(file + "/index.html") != null) {
                ex.getResponseHeaders().set("Location", path + "/");
                respond(ex, 301, "text/plain", new byte[0]);
                return;
            }
            int status = 200;
            if (body == null) {
                status = 404;
                file = "404.html";
                body = session.file(file);
                if (body == null) body = "<!DOCTYPE html><title>Not found</title><p>Not found".getBytes(StandardCharsets.UTF_8);
            }
            String type = ContentTypes.of(file);
            if (type.startsWith("text/html")) body = LiveScript.inject(body, basePath, errors);
            respond(ex, status, type, body);
        }
    }

    private static void respond(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** A server-sent event stream that stays open; rebuilds write to it. */
    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.write((": connected\n\n" + (errors.isEmpty() ? "" : "event: errors\ndata: " + json(errors) + "\n\n"))
                .getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
        // the exchange stays open until the client goes away; the handler thread waits here
        try {
            while (listeners.contains(out)) Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(String event, String data) {
        byte[] msg = ("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                out.write(msg);
                out.flush();
            } catch (IOException gone) {
                listeners.remove(out);
            }
        }
    }

    static String json(List<String> lines) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append('"');
            for (char c : lines.get(i).toCharArray()) {
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '<' -> sb.append("\\u003c");
                    default -> {
                        if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                        else sb.append(c);
                    }
                }
            }
            sb.append('"');
        }
        return sb.append(']').toString();
    }

    @Override
    public void close() throws IOException {
        for (OutputStream out : listeners) {
            try {
                out.close();
            } catch (IOException ignored) {
                // the client is gone already
            }
        }
        listeners.clear();
        if (watcher != null) watcher.close();
        server.stop(0);
    }
}
