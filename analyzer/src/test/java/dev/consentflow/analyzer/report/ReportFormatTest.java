package dev.consentflow.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportFormatTest {
    @Test
    void theDefaultListIsEveryReportButFides() {
        assertThat(ReportFormat.parseList(ReportFormat.DEFAULT_LIST)).containsExactly(ReportFormat.CONSOLE,
                ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.HTML, ReportFormat.DATAMAP);
    }

    @Test
    void htmlBringsTheDataMapAlong() {
        assertThat(ReportFormat.parseList(" HTML ")).containsExactly(ReportFormat.HTML, ReportFormat.DATAMAP);
        assertThat(ReportFormat.parseList("datamap,fides")).containsExactly(ReportFormat.DATAMAP, ReportFormat.FIDES);
    }

    @Test
    void anUnknownFormatNamesTheKnownOnes() {
        assertThatThrownBy(() -> ReportFormat.parseList("json,pdf"))
                .hasMessage("unknown format 'pdf': use a comma list of console, json, sarif, html, datamap, fides");
        assertThatThrownBy(() -> ReportFormat.parseList(" , "))
                .hasMessageStartingWith("no format given");
    }
}
