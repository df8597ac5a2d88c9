package dev.consentflow.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.Flow;
import dev.consentflow.analyzer.model.FlowStep;
import dev.consentflow.analyzer.model.Location;
import dev.consentflow.analyzer.model.Rule;
import dev.consentflow.analyzer.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;

/**
 * Markup from the analyzed code (source lines, messages, member names, file names, categories) goes
 * through {@code index.html} as text: nothing of it appears literally in the file, and nothing of it runs
 * in Chromium.
 */
class HtmlReportEscapingTest {
    private static final String XSS = "</script><img src=x onerror=alert(1)>";
    private static final String QUOTES = "\"'><svg onload=alert(2)>";

    @TempDir
    static Path base;
    static Path root;
    static String html;
    static String message;

    @BeforeAll
    static void renderMarkupFromTheCode() throws IOException {
        root = base.resolve("project");
        Path evil = root.resolve("src/Evil<b>" + XSS.replace("/", "") + ".java");
        Files.createDirectories(evil.getParent());
        Files.writeString(evil, String.join("\n",
                "class Evil {",
                "    String s = \"" + XSS + "\"; // <!-- & --> <style>body{display:none}</style>",
                "    void send() { mailer.send(s); } // " + QUOTES,
                "}"));
        Location source = new Location(evil, 2, 16);
        Location sink = new Location(evil, 3, 19);
        List<FlowStep> steps = List.of(
                new FlowStep(FlowStep.Kind.SOURCE, source, "reads " + XSS + " (user.<script>alert(3)</script>)"),
                new FlowStep(FlowStep.Kind.SINK, sink, "used by Mailer." + QUOTES));
        message = "personal data of " + XSS + " reaches " + QUOTES + " & more";
        Finding finding = new Finding(Rule.UNCONSENTED_USE, Severity.ERROR, message, sink,
                List.of("user.<script>alert(3)</script>"), "marketing" + QUOTES, steps);
        Flow unguarded = new Flow("user.<script>alert(3)</script>", XSS, "marketing" + QUOTES, "CONSENT",
                "Evil." + XSS, "Mailer." + QUOTES, Flow.Status.UNGUARDED, List.of(), List.of(Rule.UNCONSENTED_USE),
                sink, steps, false);
        Flow guarded = new Flow("user.contact.email", "customer", "marketing", "CONSENT", "Evil.s",
                "Mailer.send", Flow.Status.GUARDED, List.of("Consent." + XSS), List.of(), source, steps, false);
        AnalysisResult result = new AnalysisResult(List.of(finding),
                List.of(new Diagnostic(Diagnostic.Kind.UNRESOLVED, source, "cannot resolve " + XSS)),
                1, 4, root, List.of(unguarded, guarded));
        Reports.write(result, EnumSet.of(ReportFormat.HTML), base.resolve("out"), new RecordingConsole(), base);
        html = Files.readString(base.resolve("out/index.html"));
    }

    @Test
    void noMarkupFromTheCodeAppearsLiterally() {
        assertThat(html).doesNotContain("<img", "<svg", "Evil<b>", "<style>body", "<!--", "onerror=", "onload=",
                "<script>alert", "'>");
        assertThat(count(html, "<script")).isEqualTo(1);
        assertThat(count(html, "</script>")).isEqualTo(1);
        assertThat(html).contains("&lt;/script&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;");
    }

    @Test
    void thePageLoadsNothingAndHoldsNoAbsolutePath() {
        assertThat(Pattern.compile("(?i)(src|href|action)\\s*=\\s*[\"']?\\s*(https?:|//)").matcher(html).find())
                .isFalse();
        assertThat(html).doesNotContain("fetch(", "XMLHttpRequest", base.toString());
        // The policy is an attribute value, escaped like every other; the browser reads it decoded.
        assertThat(html).contains("default-src &#39;none&#39;");
    }

    @Test
    void nothingRunsInChromiumAndTheMarkupShowsAsText() {
        ChromeDriver driver = HeadlessChromium.start(1280, 1200);
        try {
            driver.get(base.resolve("out/index.html").toUri().toString());

            assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            assertThat(driver.executeScript("return document.images.length + document.querySelectorAll('svg').length;"))
                    .isEqualTo(0L);
            assertThat(driver.executeScript("return document.scripts.length;")).isEqualTo(1L);
            assertThat(driver.findElement(By.cssSelector("#findings h3")).getText()).isEqualTo(message);
            assertThat(driver.findElement(By.cssSelector("#findings pre")).getText()).contains(XSS);
            assertThat(driver.findElement(By.cssSelector("#datamap .cell-flow")).getText()).contains("Evil." + XSS);
            assertThat(driver.manage().logs().get(LogType.BROWSER).getAll()).isEmpty();
        } finally {
            driver.quit();
        }
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
