package dev.consentflow.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index.html marks suppressed and baselined findings and lists each suppression with its reason. */
class HtmlReportTriageTest {
    @TempDir
    Path base;

    @Test
    void marksSuppressedAndBaselinedFindingsAndListsTheSuppressionWithItsReason() throws IOException {
        Path out = base.resolve("out");

        Reports.write(SampleResults.triaged(base), EnumSet.of(ReportFormat.HTML), out, new RecordingConsole(), base);

        String html = Files.readString(out.resolve("index.html"));
        assertThat(card(html, "legacy blast")).contains("badge status\">suppressed<").contains("removed in 2027.1");
        assertThat(card(html, "old send")).contains("badge status\">baselined<");
        assertThat(card(html, "new log")).doesNotContain("badge status");
        String suppressions = html.substring(html.indexOf("<section id=\"suppressions\""),
                html.indexOf("</section>", html.indexOf("<section id=\"suppressions\"")));
        assertThat(suppressions).doesNotContain("No suppressions.")
                .contains("unconsented-use").contains("Mailer.java:18 (finding at").contains("removed in 2027.1");
    }

    /** The finding card whose message is {@code message}. */
    private static String card(String html, String message) {
        Matcher m = Pattern.compile("<article[^>]*>(?:(?!</article>).)*" + Pattern.quote(message)
                + "(?:(?!</article>).)*</article>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("card of " + message).isTrue();
        return m.group();
    }
}
