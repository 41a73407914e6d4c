package dev.paperdigest.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Real headless Chromium (Debian's chromium and chromium-driver) for browser tests, and sites built by the jar. */
final class Chromium {
    private Chromium() {
    }

    /** A headless Chromium with its own profile under {@code tmp}; {@code javascript} false turns scripts off. */
    static ChromeDriver start(Path tmp, boolean javascript) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(firstExisting(System.getenv("CHROME_BIN"), "/usr/bin/chromium", "/usr/bin/chromium-browser"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory(tmp, "chrome"));
        if (!javascript) options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(firstExisting(System.getenv("CHROMEDRIVER"),
                        System.getenv("CHROMEWEBDRIVER") == null ? null : System.getenv("CHROMEWEBDRIVER") + "/chromedriver",
                        "/usr/bin/chromedriver",
                        "/usr/lib/chromium/chromedriver")))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static String firstExisting(String... paths) {
        for (String p : paths) if (p != null && new File(p).exists()) return p;
        throw new IllegalStateException("not installed: " + paths[1] + " (bash .ci/run installs chromium and chromium-driver)");
    }

    /** Builds the digest at {@code root} into {@code out} with the packaged jar, as a user would. */
    static void build(Path root, Path out, String baseUrl) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of(System.getProperty("paperdigest.jar", "target/paper-digest.jar")).toAbsolutePath().toString(),
                "build", "--out", out.toString()));
        if (baseUrl != null) cmd.addAll(List.of("--base-url", baseUrl));
        Process p = new ProcessBuilder(cmd).directory(root.toFile()).inheritIO().start();
        assertEquals(0, p.waitFor());
    }
}
