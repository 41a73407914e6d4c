package dev.paperdigest.pipeline;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Resolves every link of every HTML page of a built site against the output folder (test helper). */
final class LinkCheck {
    private LinkCheck() {
    }

    /**
     * The links that do not resolve, as {@code page: link}. Internal links must start with the base
     * path (or the base URL); other http(s) links are external and not checked.
     */
    static List<String> broken(Path site, String baseUrl) {
        URI base = URI.create(baseUrl.startsWith("/") ? "http://localhost" + baseUrl : baseUrl);
        String basePath = base.getPath();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path page : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                String rel = site.relativize(page).toString().replace('\\', '/');
                for (Element e : doc.select("a[href], link[href], script[src], img[src]")) {
                    String link = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    String problem = check(site, base, basePath, link);
                    if (problem != null) problems.add(rel + ": " + link + " (" + problem + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static String check(Path site, URI base, String basePath, String link) {
        if (link.startsWith("#") || link.startsWith("mailto:")) return null;
        String path;
        if (link.startsWith("http://") || link.startsWith("https://")) {
            URI u = URI.create(link);
            if (!u.getHost().equals(base.getHost())) return null;
            path = u.getPath();
        } else if (link.startsWith("/")) {
            path = URI.create(link).getPath();
        } else {
            return "relative link";
        }
        if (!path.startsWith(basePath)) return "outside the base path " + basePath;
        String file = path.substring(basePath.length());
        if (file.isEmpty() || file.endsWith("/")) file += "index.html";
        return Files.isRegularFile(site.resolve(file)) ? null : "no such file " + file;
    }
}
