package dev.paperdigest.browser;

import dev.paperdigest.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a reader does besides searching, in real headless Chromium: the reading list, the keyboard,
 * the light/dark switch, math, and pages without JavaScript or without storage.
 */
class ReaderBrowserIT {
    @TempDir
    static Path tmp;
    static SiteServer server;
    static ChromeDriver driver;
    static ChromeDriver noScript;

    @BeforeAll
    static void buildServeAndStartChromium() throws Exception {
        Chromium.build(Path.of("").toAbsolutePath(), tmp.resolve("site"), null);
        Path math = TestFiles.copy(TestFiles.resources().resolve("sites/small"), tmp.resolve("math"));
        // a paper with TeX math in its title and abstract (inline, display, a comparison, a TeX dash)
        Files.copy(TestFiles.resources().resolve("sites/extra/delta.md"), math.resolve("content/papers/delta.md"));
        Chromium.build(math, tmp.resolve("math-site"), "/math/");
        server = new SiteServer(Map.of("/", tmp.resolve("site"), "/math/", tmp.resolve("math-site")));
        driver = Chromium.start(tmp, true);
        noScript = Chromium.start(tmp, false);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (noScript != null) noScript.quit();
        if (server != null) server.close();
    }

    @BeforeEach
    void fresh() {
        driver.get(server.url("/404.html"));
        js("localStorage.clear()");
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    private WebElement active() {
        return driver.switchTo().activeElement();
    }

    private void keys(CharSequence... k) {
        new Actions(driver).sendKeys(k).perform();
    }

    @Test
    void savesPapersIntoAReadingListWithTheirBibtex() {
        driver.get(server.url("/topics/architectures/"));
        List<WebElement> cards = driver.findElements(By.cssSelector(".cards > .card"));
        String first = cards.get(0).findElement(By.cssSelector(".card-title a")).getText();
        String second = cards.get(1).findElement(By.cssSelector(".card-title a")).getText();
        WebElement save = cards.get(0).findElement(By.cssSelector("button.save"));
        assertTrue(save.isDisplayed());
        save.click();
        assertEquals("true", save.getAttribute("aria-pressed"));
        assertTrue(save.getText().startsWith("Saved"), save.getText());
        cards.get(1).findElement(By.cssSelector("button.save")).click();

        driver.get(server.url("/saved/"));
        waiting().until(d -> d.findElements(By.cssSelector(".saved-list .card")).size() == 2);
        List<String> titles = driver.findElements(By.cssSelector(".saved-list .card-title a")).stream().map(WebElement::getText).toList();
        assertEquals(List.of(second, first), titles, "latest saved first");
        assertEquals("2 saved papers, latest saved first.", driver.findElement(By.cssSelector(".saved-status")).getText());
        // the BibTeX of both, fetched from their pages when they were saved
        waiting().until(d -> ((String) js("return document.querySelector('#saved-bibtex code').textContent")).split("\n@", -1).length == 2
                && !((String) js("return document.querySelector('#saved-bibtex code').textContent")).contains("% "));
        String bib = (String) js("return document.querySelector('#saved-bibtex code').textContent");
        assertTrue(bib.startsWith("@"), bib);

        // unsaving from the list, then clearing it
        driver.findElements(By.cssSelector(".saved-list button.save")).get(0).click();
        waiting().until(d -> d.findElements(By.cssSelector(".saved-list .card")).size() == 1);
        driver.findElement(By.cssSelector("[data-action=clear]")).click();
        waiting().until(d -> d.findElements(By.cssSelector(".saved-list .card")).isEmpty());
        assertEquals("Cleared 1 paper from the list.", driver.findElement(By.cssSelector(".saved-status")).getText());
        assertEquals("[]", js("return localStorage.getItem('paper-digest-saved:/')"));
        driver.navigate().refresh();
        assertEquals("No saved papers yet. Press Save on a paper to keep it here.", driver.findElement(By.cssSelector(".saved-status")).getText());
        assertFalse(driver.findElement(By.cssSelector(".saved-actions")).isDisplayed(), "nothing to copy, download or clear");
        assertFalse(driver.findElement(By.cssSelector(".saved-bib")).isDisplayed());
    }

    @Test
    void movesBetweenPapersSavesAndOpensThemFromTheKeyboard() {
        driver.get(server.url("/topics/architectures/"));
        List<String> titles = driver.findElements(By.cssSelector(".cards > .card .card-title a")).stream().map(WebElement::getText).toList();
        keys("j");
        assertEquals(titles.get(0), active().getText());
        keys("j", "j", "k");
        assertEquals(titles.get(1), active().getText());
        keys("s");
        WebElement second = driver.findElements(By.cssSelector(".cards > .card")).get(1);
        assertEquals("true", second.findElement(By.cssSelector("button.save")).getAttribute("aria-pressed"));
        assertTrue(second.getAttribute("class").contains("current"));
        keys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.tagName("h1")).getText().equals(titles.get(1)));
        WebElement save = driver.findElement(By.cssSelector("article.paper button.save"));
        assertEquals("true", save.getAttribute("aria-pressed"), "saved on the card, saved on its page");
        keys("s");
        assertEquals("false", save.getAttribute("aria-pressed"));
        keys("?");
        assertEquals(Boolean.TRUE, js("return document.querySelector('dialog.keys').open"));
        keys(Keys.ESCAPE);
        assertEquals(Boolean.FALSE, js("return document.querySelector('dialog.keys').open"));
        keys("/");
        assertEquals("q", active().getAttribute("name"), "/ focuses the header's search box");
        active().sendKeys("mixup", Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().endsWith("/search/?q=mixup"));
        // typing in a box is typing, not a shortcut
        WebElement box = driver.findElement(By.id("search-q"));
        waiting().until(d -> !d.findElements(By.cssSelector(".search-results .card")).isEmpty());
        box.sendKeys("js?");
        assertEquals("mixupjs?", box.getAttribute("value"));
        assertEquals(Boolean.FALSE, js("return document.querySelector('dialog.keys').open"));
    }

    @Test
    void everyControlShowsWhereTheFocusIs() {
        driver.get(server.url("/"));
        for (int i = 0; i < 8; i++) {
            keys(Keys.TAB);
            String outline = (String) js("return getComputedStyle(document.activeElement).outlineStyle");
            assertEquals("solid", outline, "focus ring on " + js("return document.activeElement.outerHTML.slice(0, 80)"));
        }
    }

    @Test
    void remembersTheChosenTheme() {
        driver.get(server.url("/"));
        String light = (String) js("return getComputedStyle(document.body).backgroundColor");
        WebElement toggle = driver.findElement(By.cssSelector(".theme-toggle"));
        assertEquals("false", toggle.getAttribute("aria-pressed"));
        toggle.click();
        assertEquals("dark", js("return document.documentElement.dataset.theme"));
        assertEquals("rgb(21, 23, 26)", js("return getComputedStyle(document.body).backgroundColor"));
        driver.get(server.url("/topics/"));
        assertEquals("rgb(21, 23, 26)", js("return getComputedStyle(document.body).backgroundColor"), "kept on the next page");
        assertEquals("true", driver.findElement(By.cssSelector(".theme-toggle")).getAttribute("aria-pressed"));
        driver.findElement(By.cssSelector(".theme-toggle")).click();
        assertEquals(light, js("return getComputedStyle(document.body).backgroundColor"));
    }

    @Test
    void withoutStorageSavingIsHiddenAndNothingBreaks() {
        @SuppressWarnings("unchecked")
        Map<String, Object> added = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('denied', 'SecurityError'); }});"));
        try {
            driver.get(server.url("/"));
            assertTrue(driver.findElements(By.cssSelector("button.save")).stream().noneMatch(WebElement::isDisplayed));
            assertTrue(driver.findElement(By.cssSelector(".theme-toggle")).isDisplayed());
            driver.findElement(By.cssSelector(".theme-toggle")).click();
            assertEquals("dark", js("return document.documentElement.dataset.theme"), "the switch works for this page");
            keys("j");
            assertEquals("a", active().getTagName().toLowerCase());
            driver.get(server.url("/saved/"));
            assertEquals("This browser does not let the site keep a reading list (its storage is off).",
                    driver.findElement(By.cssSelector(".saved-status")).getText());
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", added.get("identifier")));
        }
    }

    @Test
    void withoutJavascriptPagesReadTheSame() {
        noScript.get(server.url("/search/?q=mixup"));
        WebElement notice = noScript.findElement(By.cssSelector("noscript + *, .notice"));
        assertTrue(notice.getText().startsWith("Search needs JavaScript"), notice.getText());
        assertEquals(server.url("/topics/"), notice.findElement(By.tagName("a")).getAttribute("href"));
        noScript.get(server.url("/"));
        assertTrue(noScript.findElements(By.cssSelector("button.save")).stream().noneMatch(WebElement::isDisplayed));
        assertFalse(noScript.findElement(By.cssSelector(".theme-toggle")).isDisplayed());
        assertFalse(noScript.findElements(By.cssSelector(".cards .card-title a")).isEmpty());
        noScript.get(server.url("/math/papers/delta/"));
        assertEquals("Entropies with $\\delta$-Interactions", noScript.findElement(By.tagName("h1")).getText(), "TeX source without JavaScript");
    }

    @Test
    void typesetsMathWithKatex() {
        driver.get(server.url("/math/papers/delta/"));
        waiting().until(d -> d.findElements(By.cssSelector(".math .katex")).size() == 5);
        assertEquals(1, driver.findElements(By.cssSelector(".math.display .katex-display")).size());
        assertEquals("$\\delta$", driver.findElement(By.cssSelector("h1 .math")).getAttribute("title"), "the source stays at hand");
        // KaTeX's own fonts, served from the site's katex/fonts/
        waiting().until(d -> Boolean.TRUE.equals(js("return document.fonts.check('1em KaTeX_Main')")));
        driver.get(server.url("/math/papers/gan-survey/"));
        assertTrue(driver.findElements(By.cssSelector("script[src*=katex]")).isEmpty(), "no KaTeX where there is no math");
    }

    @Test
    void issuesLeadFromTheHomePageAndTheirEmailFitsSixHundredPixels() {
        driver.get(server.url("/"));
        driver.findElement(By.cssSelector("#latest-heading a")).click();
        waiting().until(d -> d.findElement(By.tagName("h1")).getText().equals("Week 48, 2026 (23\u201329 November)"));
        assertEquals(118, driver.findElements(By.cssSelector(".card")).size(), "every shipped paper was added that week");
        driver.findElement(By.linkText("e-mail version")).click();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(600, 900));
        try {
            assertEquals(Boolean.TRUE, js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                    "no sideways scrolling at 600 px");
            Number table = (Number) js("return document.querySelectorAll('table')[1].getBoundingClientRect().width");
            assertTrue(table.doubleValue() <= 600, "the message is at most 600 px wide: " + table);
            assertEquals(0L, js("return document.scripts.length"));
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }
}
