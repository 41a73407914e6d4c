package dev.paperdigest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperdigest.browser.SiteServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lighthouse 12 (npm) on the shipped digest, phone and desktop: home, a topic page, a paper page and
 * search with results. Run: {@code mvn -B -Pbench exec:java -Dexec.args="lighthouse shipped"}, with
 * {@code LIGHTHOUSE} naming the lighthouse command (default {@code npx --yes lighthouse@12}) and
 * {@code CHROME_PATH} the browser (default /usr/bin/chromium). Prints each category's score and the
 * layout shift.
 */
final class LighthouseBench {
    static final List<String> PAGES = List.of("/", "/topics/architectures/",
            "/papers/deep-residual-learning-for-image-recognition/", "/search/?q=image");
    static final List<String> CATEGORIES = List.of("performance", "accessibility", "best-practices", "seo");

    private LighthouseBench() {
    }

    static void run() throws Exception {
        Path tmp = Files.createTempDirectory("pd-lighthouse");
        Path site = tmp.resolve("site");
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of("target/paper-digest.jar").toAbsolutePath().toString(), "build", "--out", site.toString())
                .inheritIO().start();
        if (build.waitFor() != 0) throw new IllegalStateException("build failed");
        String lighthouse = System.getenv().getOrDefault("LIGHTHOUSE", "npx --yes lighthouse@12");
        String chrome = System.getenv().getOrDefault("CHROME_PATH", "/usr/bin/chromium");
        System.out.printf(Locale.ROOT, "%-58s %-8s %5s %5s %5s %5s %7s%n", "page", "form", "perf", "a11y", "bp", "seo", "CLS");
        try (SiteServer server = new SiteServer(Map.of("/", site))) {
            for (String form : List.of("phone", "desktop")) {
                for (String page : PAGES) {
                    Path report = tmp.resolve("report.json");
                    List<String> cmd = new ArrayList<>(List.of(lighthouse.split(" ")));
                    cmd.addAll(List.of(server.url(page), "--output=json", "--output-path=" + report, "--quiet",
                            "--only-categories=" + String.join(",", CATEGORIES),
                            "--chrome-flags=--headless=new --no-sandbox --disable-gpu"));
                    if (form.equals("desktop")) cmd.add("--preset=desktop");
                    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
                    pb.environment().put("CHROME_PATH", chrome);
                    Process p = pb.start();
                    String out = new String(p.getInputStream().readAllBytes());
                    if (p.waitFor() != 0) throw new IllegalStateException("lighthouse failed: " + out);
                    JsonNode r = new ObjectMapper().readTree(report.toFile());
                    StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-58s %-8s", page, form));
                    for (String c : CATEGORIES) row.append(String.format(Locale.ROOT, " %5.0f", r.get("categories").get(c).get("score").asDouble() * 100));
                    row.append(String.format(Locale.ROOT, " %7.3f", r.get("audits").get("cumulative-layout-shift").get("numericValue").asDouble()));
                    System.out.println(row);
                    for (String c : CATEGORIES) {
                        for (JsonNode ref : r.get("categories").get(c).get("auditRefs")) {
                            JsonNode a = r.get("audits").get(ref.get("id").asText());
                            if (ref.get("weight").asDouble() > 0 && a.hasNonNull("score") && a.get("score").asDouble() < 0.9) {
                                System.out.println("    " + c + ": " + a.get("id").asText() + " " + a.get("score").asText());
                            }
                        }
                    }
                }
            }
        }
    }
}
