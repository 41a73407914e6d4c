package dev.paperdigest.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search page in real headless Chromium (Debian's chromium and chromium-driver), on the shipped
 * digest built by the jar: at the domain root and under a project path.
 */
class SearchBrowserIT {
    @TempDir
    static Path tmp;
    static SiteServer server;
    static WebDriver driver;

    @BeforeAll
    static void buildServeAndStartChromium() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        build(root, tmp.resolve("site"), null);
        build(root, tmp.resolve("sub"), "/digest/");
        server = new SiteServer(Map.of("/", tmp.resolve("site"), "/digest/", tmp.resolve("sub")));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(firstExisting(System.getenv("CHROME_BIN"), "/usr/bin/chromium", "/usr/bin/chromium-browser"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory(tmp, "chrome"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(firstExisting(System.getenv("CHROMEDRIVER"),
                        System.getenv("CHROMEWEBDRIVER") == null ? null : System.getenv("CHROMEWEBDRIVER") + "/chromedriver",
                        "/usr/bin/chromedriver",
                        "/usr/lib/chromium/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    private static String firstExisting(String... paths) {
        for (String p : paths) if (p != null && new File(p).exists()) return p;
        throw new IllegalStateException("not installed: " + paths[1] + " (bash .ci/run installs chromium and chromium-driver)");
    }

    private static void build(Path root, Path out, String baseUrl) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of(System.getProperty("paperdigest.jar", "target/paper-digest.jar")).toAbsolutePath().toString(),
                "build", "--out", out.toString()));
        if (baseUrl != null) cmd.addAll(List.of("--base-url", baseUrl));
        Process p = new ProcessBuilder(cmd).directory(root.toFile()).inheritIO().start();
        assertEquals(0, p.waitFor());
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    @BeforeEach
    void blank() {
        driver.get("about:blank");
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    private void open(String path) {
        driver.get(server.url(path));
        waiting().until(d -> d.findElement(By.id("search")).getAttribute("class").contains("ready"));
    }

    private WebElement box() {
        return driver.findElement(By.id("search-q"));
    }

    private void type(String text) {
        box().clear();
        box().sendKeys(text);
    }

    /** Waits until the first result's title is {@code title}; returns all result titles. */
    private List<String> firstResultIs(String title) {
        waiting().withMessage(() -> "first result should be '" + title + "', results: " + titles())
                .until(d -> !titles().isEmpty() && titles().get(0).equals(title));
        return titles();
    }

    private List<String> titles() {
        return texts(".search-results li h3 a");
    }

    /** The text of every element matching {@code css}, read in one script so a re-render cannot interleave. */
    @SuppressWarnings("unchecked")
    private List<String> texts(String css) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll(arguments[0])].map(e => e.textContent)", css);
    }

    @Test
    void findsAPaperByTheWordsOfItsTitle() {
        open("/search/");
        type("residual learning image recognition");
        firstResultIs("Deep Residual Learning for Image Recognition");
        assertFalse(driver.findElements(By.cssSelector(".search-results mark")).isEmpty(), "matches are highlighted");
    }

    @Test
    void forgivesATypo() {
        open("/search/");
        type("natural adversaral examples");
        firstResultIs("Natural Adversarial Examples");
    }

    @Test
    void matchesTheLastWordAsAPrefix() {
        open("/search/");
        type("spatial pyram");
        firstResultIs("Spatial Pyramid Pooling in Deep Convolutional Networks for Visual Recognition");
    }

    @Test
    void filtersByTopic() {
        open("/search/");
        type("networks");
        new Select(driver.findElement(By.name("topic"))).selectByValue("segmentation");
        waiting().until(d -> !titles().isEmpty() && texts(".search-results li .meta").stream()
                .allMatch(m -> m.contains("Segmentation & dense prediction")));
        assertTrue(driver.getCurrentUrl().contains("topic=segmentation"), driver.getCurrentUrl());
    }

    @Test
    void excludesATopic() {
        open("/search/?q=adversarial&topic=-robustness");
        waiting().until(d -> !titles().isEmpty());
        for (String m : texts(".search-results li .meta")) assertFalse(m.contains("Robustness & adversarial"), m);
    }

    @Test
    void restoresASharedSearchFromItsUrl() {
        open("/search/?q=mixup&topic=training");
        firstResultIs("mixup: Beyond Empirical Risk Minimization");
        assertEquals("mixup", box().getAttribute("value"));
        assertEquals("training", new Select(driver.findElement(By.name("topic"))).getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    void goesBackToTheEarlierSearch() {
        open("/search/");
        type("mixup");
        box().sendKeys(Keys.TAB);
        firstResultIs("mixup: Beyond Empirical Risk Minimization");
        type("imagen");
        box().sendKeys(Keys.TAB);
        waiting().until(d -> d.getCurrentUrl().contains("q=imagen"));
        driver.navigate().back();
        waiting().until(d -> "mixup".equals(box().getAttribute("value")));
        firstResultIs("mixup: Beyond Empirical Risk Minimization");
    }

    @Test
    void worksFromTheKeyboard() {
        open("/search/");
        ((JavascriptExecutor) driver).executeScript("document.activeElement.blur()");
        new Actions(driver).sendKeys("/").perform();
        waiting().until(d -> box().equals(d.switchTo().activeElement()));
        box().sendKeys("mixup");
        firstResultIs("mixup: Beyond Empirical Risk Minimization");
        box().sendKeys(Keys.ARROW_DOWN);
        box().sendKeys(Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().endsWith("/papers/mixup-beyond-empirical-risk-minimization/"));
    }

    @Test
    void worksUnderAProjectPath() {
        open("/digest/search/?q=vision+transformer+distillation");
        firstResultIs("Training data-efficient image transformers & distillation through attention");
        String href = driver.findElement(By.cssSelector(".search-results li h3 a")).getAttribute("href");
        assertTrue(href.startsWith(server.url("/digest/papers/")), href);
        driver.get(href);
        assertEquals("Training data-efficient image transformers & distillation through attention",
                driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void showsASnippetOfTheAbstract() {
        open("/search/?q=catastrophic+forgetting");
        firstResultIs("REMIND Your Neural Network to Prevent Catastrophic Forgetting");
        waiting().until(d -> !d.findElement(By.cssSelector(".search-results li .summary")).getText().isEmpty());
        assertTrue(driver.findElement(By.cssSelector(".search-results li .summary mark")).getText().toLowerCase().startsWith("catastroph"));
    }
}
