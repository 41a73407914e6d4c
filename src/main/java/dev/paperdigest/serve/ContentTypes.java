package dev.paperdigest.serve;

/** Content types by file name, for the files a site has. */
final class ContentTypes {
    private ContentTypes() {
    }

    static String of(String file) {
        String f = file.toLowerCase(java.util.Locale.ROOT);
        if (f.endsWith(".html")) return "text/html; charset=utf-8";
        if (f.endsWith(".css")) return "text/css; charset=utf-8";
        if (f.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (f.endsWith(".json")) return "application/json";
        if (f.endsWith(".xml")) return f.endsWith("feed.xml") ? "application/atom+xml" : "application/xml";
        if (f.endsWith(".opml")) return "text/x-opml";
        if (f.endsWith(".bib") || f.endsWith(".txt")) return "text/plain; charset=utf-8";
        if (f.endsWith(".svg")) return "image/svg+xml";
        if (f.endsWith(".png")) return "image/png";
        if (f.endsWith(".jpg") || f.endsWith(".jpeg")) return "image/jpeg";
        if (f.endsWith(".woff2")) return "font/woff2";
        return "application/octet-stream";
    }
}
