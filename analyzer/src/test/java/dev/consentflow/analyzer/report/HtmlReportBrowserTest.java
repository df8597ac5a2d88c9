package dev.consentflow.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.AnalysisRequest;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.ConsentFlow;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.Flow;
import dev.consentflow.analyzer.model.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code index.html} of the case suite in a real headless Chromium: what a reviewer sees and can filter.
 * Screenshots go to {@code target/screenshots/} for people to look at.
 */
class HtmlReportBrowserTest {
    private static final Path OUT = Path.of("target/html-report-test");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static AnalysisResult cases;
    /** One desktop browser for the class (a start takes seconds); each test loads the page afresh. */
    private static ChromeDriver desktop;
    private ChromeDriver driver;

    @BeforeAll
    static void writeTheCaseSuitesReport() throws IOException {
        cases = ConsentFlow.analyze(AnalysisRequest.builder().source(Path.of("src/test/cases")).build());
        Reports.write(cases, EnumSet.of(ReportFormat.HTML), OUT, new RecordingConsole(), OUT);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void quit() {
        if (desktop != null) {
            desktop.quit();
        }
    }

    /** Loads the page in the desktop browser, 1280 px wide. */
    private void openOnDesktop() {
        if (desktop == null) {
            desktop = HeadlessChromium.start(1280, 2000);
        }
        open(desktop);
    }

    private void open(ChromeDriver browser) {
        driver = browser;
        browserErrors(); // drains what an earlier page logged
        driver.get(OUT.resolve("index.html").toUri().toString());
        // On a loaded machine Chromium may hand the page over before it has laid out all of it.
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(
                d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    @Test
    void showsEveryFindingWithItsStepsAndTheDataMap() throws IOException {
        openOnDesktop();

        int expected = cases.findings().size();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(
                d -> d.findElements(By.cssSelector("#findings article.finding")).size() >= expected);
        List<WebElement> findings = driver.findElements(By.cssSelector("#findings article.finding"));
        assertThat(findings).hasSize(expected);
        assertThat(findings.get(0).isDisplayed()).isTrue();
        assertThat(findings.get(0).findElements(By.cssSelector("ol.steps li pre"))).isNotEmpty();
        WebElement dataMap = driver.findElement(By.id("datamap-table"));
        assertThat(dataMap.isDisplayed()).isTrue();
        long categories = cases.flows().stream().map(Flow::category).distinct().count();
        assertThat(dataMap.findElements(By.cssSelector("tbody tr"))).hasSize((int) categories);
        assertThat(driver.findElements(By.cssSelector("#datamap .cell-flow"))).hasSize(cases.flows().size());
        assertThat(driver.findElements(By.cssSelector("#flows article.flow")))
                .hasSize((int) cases.flows().stream().filter(f -> f.status() != Flow.Status.UNGUARDED).count())
                .isNotEmpty();
        assertThat(driver.findElement(By.id("by-rule")).getText()).contains("unconsented-use", "subject-mismatch");
        screenshot("index-1280.png");
        driver.executeScript("document.getElementById('datamap').scrollIntoView();");
        screenshot("datamap-1280.png");
        assertThat(browserErrors()).isEmpty();
        // The console is recorded: an error logged now would have been seen.
        driver.executeScript("console.error('probe');");
        assertThat(browserErrors()).singleElement().asString().contains("probe");
    }

    @Test
    void aRuleFilterShowsOnlyThatRulesFindingsAndFlows() {
        openOnDesktop();
        long mismatches = cases.findings().stream().filter(f -> f.rule() == Rule.SUBJECT_MISMATCH).count();

        driver.executeScript("document.querySelectorAll('#datamap details').forEach(d => d.open = true);");
        new Select(driver.findElement(By.id("filter-rule"))).selectByVisibleText("subject-mismatch");

        List<WebElement> shown = visible("#findings article.finding");
        assertThat(shown).hasSize((int) mismatches).isNotEmpty();
        assertThat(shown).allSatisfy(card -> assertThat(card.getAttribute("data-rule")).isEqualTo("subject-mismatch"));
        assertThat(visible("#flows article.flow")).isEmpty();
        assertThat(visible("#datamap .cell-flow")).isNotEmpty()
                .allSatisfy(item -> assertThat(item.getAttribute("data-rule")).contains("subject-mismatch"));
        assertThat(driver.findElement(By.id("filter-status")).getText()).contains("match");

        driver.findElement(By.id("filter-reset")).click();
        assertThat(visible("#findings article.finding")).hasSize(cases.findings().size());
        assertThat(browserErrors()).isEmpty();
    }

    @Test
    void categoryPurposeAndFileFiltersCombine() {
        openOnDesktop();
        Finding first = cases.findings().stream().filter(f -> !f.categories().isEmpty() && !f.purpose().isEmpty())
                .findFirst().orElseThrow();
        String file = ReportPaths.relative(cases.reportRoot(), first.location().file());
        long expected = cases.findings().stream()
                .filter(f -> f.categories().contains(first.categories().get(0)) && first.purpose().equals(f.purpose())
                        && f.location().file().equals(first.location().file()))
                .count();

        new Select(driver.findElement(By.id("filter-category"))).selectByVisibleText(first.categories().get(0));
        new Select(driver.findElement(By.id("filter-purpose"))).selectByVisibleText(first.purpose());
        new Select(driver.findElement(By.id("filter-file"))).selectByVisibleText(file);

        assertThat(visible("#findings article.finding")).hasSize((int) expected);
        assertThat(browserErrors()).isEmpty();
    }

    @Test
    void fitsAPhoneWidthWithoutScrollingSideways() throws IOException {
        open(HeadlessChromium.start(390, 1600));
        try {
            Long overflow = (Long) driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).isLessThanOrEqualTo(0L);
            screenshot("index-390.png");
            assertThat(browserErrors()).isEmpty();
        } finally {
            driver.quit();
        }
    }

    /** The elements the page shows, found in one call (one round trip per element would take a minute). */
    @SuppressWarnings("unchecked")
    private List<WebElement> visible(String css) {
        return (List<WebElement>) driver.executeScript("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".filter(e => e.offsetParent !== null);", css);
    }

    private List<String> browserErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::toString)
                .toList();
    }

    private void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }
}
