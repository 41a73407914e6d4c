package dev.paperdigest.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.paperdigest.pipeline.BuildOptions;
import dev.paperdigest.pipeline.Session;
import dev.paperdigest.diag.Diagnostic;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
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
    private final java.util.Map<OutputStream, HttpExchange> exchanges = new java.util.concurrent.ConcurrentHashMap<>();
    private final Set<String> hosts;
    private final java.util.concurrent.ExecutorService workers;
    private final java.util.concurrent.ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "paper-digest-ping");
        t.setDaemon(true);
        return t;
    });
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
        limitConnections();
        this.server = HttpServer.create(new InetSocketAddress(bind, port), 64);
        InetAddress bound = server.getAddress().getAddress();
        this.hosts = allowedHosts(bound, server.getAddress().getPort());
        if (!bound.isLoopbackAddress()) {
            log.println("warning: serving on " + bind + ", which other machines can reach: the preview is for this machine;"
                    + " requests must still name it as " + hostForUrlOf(bound) + " (pass --bind 127.0.0.1 to keep it local)");
            log.flush();
        }
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        String url = baseUrl != null ? baseUrl : "http://" + host + ":" + server.getAddress().getPort() + "/";
        this.baseUrl = url.endsWith("/") ? url : url + "/";
        String path = this.baseUrl.startsWith("/") ? this.baseUrl : URI.create(this.baseUrl).getPath();
        this.basePath = path.isEmpty() ? "/" : path;
        this.session = new Session(new BuildOptions(this.root, this.root.resolve("site"), this.baseUrl, drafts), generator);
        // a few threads serve every request; live-reload streams hold none (see events)
        workers = new java.util.concurrent.ThreadPoolExecutor(THREADS, THREADS, 30, java.util.concurrent.TimeUnit.SECONDS,
                new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "paper-digest-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext("/", this::handle);
    }

    /** Builds, starts serving and watching. */
    public void start() throws IOException {
        rebuild(Set.of());
        watcher = new Watcher(root, List.of(root.resolve(BuildOptions.CONTENT_DIR), root.resolve("themes")), this::changed);
        server.start();
        pinger.scheduleWithFixedDelay(this::ping, PING_SECONDS, PING_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
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
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // the server stays up and says so in the browser; the next save is built again
            errors = List.of("internal error while rebuilding: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            log.println(errors.get(0));
            log.flush();
            send("errors", json(errors));
        }
    }

    /** Threads serving requests. */
    static final int THREADS = 8;
    /** Open connections at most; past it new ones wait in the listen queue. */
    static final int MAX_CONNECTIONS = 64;
    /** An idle connection (no request in progress) is closed after this many seconds. */
    static final int IDLE_SECONDS = 10;

    /**
     * The JDK server's own limits, read once when its first server is made: at most
     * {@value #MAX_CONNECTIONS} connections, idle ones closed after {@value #IDLE_SECONDS} s, a request
     * given 30 s to arrive. Settings the user made on the command line win.
     */
    private static void limitConnections() {
        System.getProperties().putIfAbsent("jdk.httpserver.maxConnections", String.valueOf(MAX_CONNECTIONS));
        System.getProperties().putIfAbsent("sun.net.httpserver.idleInterval", String.valueOf(IDLE_SECONDS));
        System.getProperties().putIfAbsent("sun.net.httpserver.maxIdleConnections", String.valueOf(MAX_CONNECTIONS / 2));
        System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", "30");
    }

    /** The Host headers a request may carry: this machine's names for the bound address, with or without the port. */
    static Set<String> allowedHosts(InetAddress bound, int port) {
        Set<String> names = new java.util.HashSet<>(List.of("localhost", "127.0.0.1", "[::1]", hostForUrlOf(bound)));
        Set<String> out = new java.util.HashSet<>();
        for (String n : names) {
            out.add(n.toLowerCase(Locale.ROOT));
            out.add(n.toLowerCase(Locale.ROOT) + ":" + port);
        }
        return Set.copyOf(out);
    }

    private static String hostForUrlOf(InetAddress a) {
        String h = a.getHostAddress();
        if (h.contains("%")) h = h.substring(0, h.indexOf('%'));
        return h.contains(":") ? "[" + h + "]" : h;
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
                // a problem of the content (a theme file in the place of a data file) is shown as such
                errors = rest.problem().contains(": error: ") ? List.of(rest.problem().split("\n"))
                        : List.of("internal error while rebuilding: " + rest.problem());
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
        String method = ex.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            ex.getResponseHeaders().set("Allow", "GET, HEAD");
            try (ex) {
                respond(ex, 405, "text/plain; charset=utf-8", "Only GET and HEAD: this is a preview server".getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            // a page of another site reaching this server through DNS rebinding names its own host here
            try (ex) {
                respond(ex, 403, "text/plain; charset=utf-8",
                        ("Refused: the preview answers requests for " + hostForUrl() + ", localhost or 127.0.0.1 only")
                                .getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        String p = ex.getRequestURI().getPath();
        if (p.startsWith(basePath) && p.substring(basePath.length()).equals(LIVE + "events")) {
            events(ex); // stays open: closed when the client goes or the server stops
            return;
        }
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (!path.startsWith(basePath)) {
                respond(ex, 404, "text/plain; charset=utf-8", ("Not under the site's base path " + basePath).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String rel = path.substring(basePath.length());
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
        boolean head = ex.getRequestMethod().equals("HEAD");
        if (head) ex.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
        ex.sendResponseHeaders(status, body.length == 0 || head ? -1 : body.length);
        if (body.length > 0 && !head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /**
     * A server-sent event stream that stays open; rebuilds write to it. No thread waits on it: the
     * handler returns and the exchange stays open; a stream whose client went away is dropped at
     * the next write (a comment line every {@value #PING_SECONDS} s, if nothing else).
     */
    private void events(HttpExchange ex) throws IOException {
        exchanges.put(ex.getResponseBody(), ex);
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.write((": connected\n\n" + (errors.isEmpty() ? "" : "event: errors\ndata: " + json(errors) + "\n\n"))
                .getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
    }

    static final int PING_SECONDS = 15;

    /** Live-reload streams open now (for tests). */
    public int liveStreams() {
        return listeners.size();
    }

    /** Writes a comment line to every stream, dropping those whose client went away. */
    void ping() {
        byte[] msg = ": ping\n\n".getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) write(out, msg);
    }

    private void write(OutputStream out, byte[] msg) {
        try {
            synchronized (out) {
                out.write(msg);
                out.flush();
            }
        } catch (IOException gone) {
            listeners.remove(out);
            HttpExchange ex = exchanges.remove(out);
            if (ex != null) ex.close();
        }
    }

    private void send(String event, String data) {
        byte[] msg = ("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) write(out, msg);
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
        exchanges.values().forEach(HttpExchange::close);
        exchanges.clear();
        pinger.shutdownNow();
        workers.shutdownNow();
        if (watcher != null) watcher.close();
        server.stop(0);
    }
}
