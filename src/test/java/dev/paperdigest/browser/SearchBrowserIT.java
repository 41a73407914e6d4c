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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

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
        driver = Chromium.start(tmp, true);
    }

    private static void build(Path root, Path out, String baseUrl) throws Exception {
        Chromium.build(root, out, baseUrl);
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
        return texts(".search-results li h2 a");
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
        waiting().until(d -> "mixup: Beyond Empirical Risk Minimization".equals(d.switchTo().activeElement().getText()));
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().endsWith("/papers/mixup-beyond-empirical-risk-minimization/"));
    }

    @Test
    void worksUnderAProjectPath() {
        open("/digest/search/?q=vision+transformer+distillation");
        firstResultIs("Training data-efficient image transformers & distillation through attention");
        String href = driver.findElement(By.cssSelector(".search-results li h2 a")).getAttribute("href");
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

    /** The shipped digest's papers.json, as the tests compare results with it. */
    private static com.fasterxml.jackson.databind.JsonNode papers() throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(tmp.resolve("site/papers.json").toFile());
    }

    @Test
    void showsEveryResultAPageAtATime() {
        open("/search/?q=image");
        waiting().until(d -> titles().size() == 10);
        String status = driver.findElement(By.cssSelector(".search-status")).getText();
        int total = Integer.parseInt(status.replaceAll(" papers, best match first.*", ""));
        assertTrue(total > 20, status);
        assertEquals(total + " papers, best match first; showing 1\u201310", status);
        java.util.Set<String> seen = new java.util.HashSet<>(titles());
        for (int shown = 10; shown < total; shown += 10) {
            driver.findElement(By.cssSelector(".search-more")).click();
            int expect = Math.min(total, shown + 10);
            waiting().until(d -> titles().size() == expect);
            // focus moves to the first new result, so a keyboard user carries on from there
            assertEquals(titles().get(shown), driver.switchTo().activeElement().getText());
        }
        seen.addAll(titles());
        assertEquals(total, seen.size(), "no result twice");
        assertFalse(driver.findElement(By.cssSelector(".search-more")).isDisplayed());
        assertEquals(total + " papers, best match first", driver.findElement(By.cssSelector(".search-status")).getText());
    }

    @Test
    void searchesAuthorsNamesOnlyWithAuthorColon() throws Exception {
        java.util.Set<String> byHe = new java.util.HashSet<>();
        for (var p : papers()) {
            for (var a : p.get("authors")) {
                if (java.util.Arrays.asList(a.asText().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")).contains("he")) {
                    byHe.add(p.get("title").asText());
                }
            }
        }
        assertTrue(byHe.size() >= 3, byHe.toString());
        open("/search/?q=author:he+");
        waiting().until(d -> !titles().isEmpty() && driver.findElement(By.cssSelector(".search-status")).getText().contains("papers,"));
        while (driver.findElement(By.cssSelector(".search-more")).isDisplayed()) {
            int n = titles().size();
            driver.findElement(By.cssSelector(".search-more")).click();
            waiting().until(d -> titles().size() > n || !d.findElement(By.cssSelector(".search-more")).isDisplayed());
        }
        assertEquals(new java.util.TreeSet<>(byHe), new java.util.TreeSet<>(titles()));
        open("/search/?q=author:he+residual");
        firstResultIs("Deep Residual Learning for Image Recognition");
    }

    @Test
    void listsATopicWithoutWordsSortedAsAsked() throws Exception {
        int count = 0;
        for (var p : papers()) {
            for (var t : p.get("topics")) if (t.asText().equals("segmentation")) count++;
        }
        open("/search/?topic=segmentation&sort=newest");
        int expected = Math.min(10, count);
        waiting().until(d -> titles().size() == expected);
        assertEquals(count + " papers, newest first" + (count > 10 ? "; showing 1\u201310" : ""),
                driver.findElement(By.cssSelector(".search-status")).getText());
        List<Integer> years = new ArrayList<>();
        for (String m : texts(".search-results li .meta")) {
            java.util.regex.Matcher y = java.util.regex.Pattern.compile("\\b(19|20)\\d\\d\\b").matcher(m);
            if (y.find()) years.add(Integer.parseInt(y.group()));
        }
        List<Integer> sorted = new ArrayList<>(years);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, years);
        new Select(driver.findElement(By.name("sort"))).selectByValue("oldest");
        waiting().until(d -> d.getCurrentUrl().contains("sort=oldest"));
        waiting().until(d -> driver.findElement(By.cssSelector(".search-status")).getText().contains("oldest first"));
    }

    @Test
    void fetchesEachSnippetOnceAndCutsItAtWords() throws Exception {
        open("/search/");
        server.paths.clear();
        type("catastrophic forgetting");
        firstResultIs("REMIND Your Neural Network to Prevent Catastrophic Forgetting");
        waiting().until(d -> !d.findElement(By.cssSelector(".search-results li .summary")).getText().isEmpty());
        long first = server.paths.stream().filter(p -> p.startsWith("/papers/")).count();
        assertEquals(titles().size(), first, server.paths.toString());
        box().sendKeys(Keys.BACK_SPACE);
        box().sendKeys("g");
        box().sendKeys(" ");
        Thread.sleep(500);
        firstResultIs("REMIND Your Neural Network to Prevent Catastrophic Forgetting");
        assertEquals(first, server.paths.stream().filter(p -> p.startsWith("/papers/")).count(), "snippets are read once per paper");
        String abstractText = null;
        for (var p : papers()) {
            if (!p.get("title").asText().startsWith("REMIND")) continue;
            abstractText = org.jsoup.Jsoup.parse(tmp.resolve("site/papers/" + p.get("slug").asText() + "/index.html").toFile())
                    .select(".abstract > p").text();
        }
        String snippet = driver.findElement(By.cssSelector(".search-results li .summary")).getText();
        String core = snippet.replaceAll("^\u2026|\u2026$", "");
        int at = abstractText.indexOf(core);
        assertTrue(at >= 0, snippet);
        assertTrue(at == 0 || abstractText.charAt(at - 1) == ' ', "starts at a word: " + snippet);
        int end = at + core.length();
        assertTrue(end == abstractText.length() || !Character.isLetterOrDigit(abstractText.charAt(end)), "ends at a word: " + snippet);
    }

    @Test
    void resultsArriveWithoutMovingThePage() {
        // where the result list starts when the page is first laid out, before any script has run
        @SuppressWarnings("unchecked")
        Map<String, Object> added = ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                        document.addEventListener('DOMContentLoaded', () => {
                          const r = document.getElementById('search-results');
                          if (r) window.firstTop = r.getBoundingClientRect().top + scrollY;
                        });
                        """));
        try {
            open("/search/?q=image");
            waiting().until(d -> titles().size() == 10
                    && !d.findElement(By.cssSelector(".search-results li .summary")).getText().isEmpty());
            Object[] tops = ((List<?>) ((JavascriptExecutor) driver).executeScript("return [window.firstTop, "
                    + "document.getElementById('search-results').getBoundingClientRect().top + scrollY]")).toArray();
            assertEquals(((Number) tops[0]).doubleValue(), ((Number) tops[1]).doubleValue(), 0.5,
                    "the result list stays where it was first laid out");
            // and every layout shift Chromium counted for CLS, none excused by input
            Number shift = (Number) ((JavascriptExecutor) driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    let sum = 0;
                    new PerformanceObserver(list => {
                      for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value;
                    }).observe({type: 'layout-shift', buffered: true});
                    setTimeout(() => done(sum), 300);
                    """);
            assertTrue(shift.doubleValue() < 0.01, "layout shift while results loaded: " + shift);
        } finally {
            ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", added.get("identifier")));
        }
    }
}
