package dev.paperdigest.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A static file server for browser tests, on 127.0.0.1 and a free port: each mount serves a built
 * site under a path ("/" or "/digest/"), directories as their index.html, and the site's 404.html
 * with status 404. Counts the bytes it sends, so tests can see what a page fetched.
 */
public final class SiteServer implements AutoCloseable {
    private final HttpServer server;
    final AtomicLong bytesSent = new AtomicLong();
    /** Every request served: path, bytes, gzipped bytes (what a server that compresses would send). */
    public final java.util.List<long[]> log = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    public final java.util.List<String> paths = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    private final java.util.Map<Path, Integer> gzipped = new java.util.concurrent.ConcurrentHashMap<>();

    public SiteServer(Map<String, Path> mounts) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        mounts.forEach((prefix, dir) -> server.createContext(prefix, ex -> serve(ex, prefix, dir)));
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void serve(HttpExchange ex, String prefix, Path dir) throws IOException {
        String path = ex.getRequestURI().getPath().substring(prefix.length());
        Path file = dir.resolve(path).normalize();
        if (!file.startsWith(dir)) file = dir.resolve("missing");
        if (Files.isDirectory(file)) file = file.resolve("index.html");
        int status = 200;
        if (!Files.isRegularFile(file)) {
            file = dir.resolve("404.html");
            status = 404;
        }
        byte[] body = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        ex.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                : name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css"
                : name.endsWith(".json") ? "application/json" : "application/octet-stream");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
        bytesSent.addAndGet(body.length);
        final Path served = file;
        int gz = gzipped.computeIfAbsent(served, f -> gzipSize(body));
        synchronized (log) {
            log.add(new long[]{body.length, gz});
            paths.add(ex.getRequestURI().getPath());
        }
    }

    private static int gzipSize(byte[] body) {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
                gz.write(body);
            }
            return out.size();
        } catch (IOException e) {
            return body.length;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
