package dev.paperdigest.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Deque's axe-core (WCAG 2.x A and AA rules and best practices) on every page type of the shipped
 * digest, light and dark, in real headless Chromium: search with results showing, the reading list
 * with papers in it, the keys dialog open.
 */
class AccessibilityIT {
    @TempDir
    static Path tmp;
    static SiteServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void buildServeAndStartChromium() throws Exception {
        Chromium.build(Path.of("").toAbsolutePath(), tmp.resolve("site"), null);
        server = new SiteServer(Map.of("/", tmp.resolve("site")));
        driver = Chromium.start(tmp, true);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    static Stream<String[]> pages() {
        List<String[]> out = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            for (String page : List.of("/", "/topics/", "/topics/architectures/", "/topics/datasets/page/2/",
                    "/papers/deep-residual-learning-for-image-recognition/", "/issues/", "/issues/2026-W48/",
                    "/search/?q=image", "/search/?topic=segmentation&sort=newest", "/saved/", "/404.html", "keys")) {
                out.add(new String[]{scheme, page});
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1} ({0})")
    @MethodSource("pages")
    void hasNoViolations(String scheme, String page) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        if (page.equals("/saved/")) {
            driver.get(server.url("/topics/architectures/"));
            ((JavascriptExecutor) driver).executeScript("localStorage.clear()");
            driver.findElements(By.cssSelector("button.save")).get(0).click();
            driver.findElements(By.cssSelector("button.save")).get(1).click();
            driver.get(server.url("/saved/"));
            wait.until(d -> d.findElements(By.cssSelector(".saved-list .card")).size() == 2);
        } else if (page.equals("keys")) {
            driver.get(server.url("/"));
            new org.openqa.selenium.interactions.Actions(driver).sendKeys("?").perform();
        } else {
            driver.get(server.url(page));
            if (page.startsWith("/search/?")) {
                wait.until(d -> !d.findElements(By.cssSelector(".search-results .card .summary")).isEmpty()
                        && !d.findElement(By.cssSelector(".search-results .card .summary")).getText().isEmpty());
            }
        }
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                .analyze(driver);
        List<String> found = new ArrayList<>();
        for (Rule r : results.getViolations()) {
            r.getNodes().forEach(n -> found.add(r.getId() + " " + n.getTarget() + ": " + n.getFailureSummary()));
        }
        assertEquals(List.of(), found);
    }
}
