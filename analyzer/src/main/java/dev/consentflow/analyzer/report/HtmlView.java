package dev.consentflow.analyzer.report;

import java.util.List;

/**
 * The view model {@code index.html} is rendered from: plain values, already relative and formatted, so
 * that the template only lays them out (and escapes each one). A finding's {@code status} is the column a
 * suppression or a baseline marks; a new field here and one template line show another.
 */
final class HtmlView {
    private HtmlView() {}

    /**
     * The whole page.
     *
     * @param rules, categories, purposes, files the values each filter offers
     * @param flows the flows that are not findings: guarded, opt-out only, on another legal basis
     * @param script the page's script, whose hash the Content-Security-Policy names
     */
    record Page(Summary summary, List<RuleCount> byRule, List<DiagnosticView> diagnostics,
            List<String> rules, List<String> categories, List<String> purposes, List<String> files,
            List<FindingView> findings, List<FlowView> flows, List<SuppressionView> suppressions,
            DataMap dataMap, String contentSecurityPolicy, String script) {}

    /** @param passedFlows the flows without finding: guarded, opt-out only, on another legal basis */
    record Summary(long errors, long warnings, int filesAnalyzed, long linesAnalyzed, long filesSkipped,
            int flows, int passedFlows, int exitCode) {}

    record RuleCount(String rule, String severity, long count, String summary) {}

    record DiagnosticView(String kind, String location, String message) {}

    /**
     * @param categories the finding's categories, blank-separated (a filter matches any of them)
     * @param status empty for an open finding; a suppression or a baseline marks it, with {@code statusReason}
     */
    record FindingView(String id, String rule, String severity, String message, String file, String location,
            String categories, String purpose, List<StepView> steps, boolean approximate, String status,
            String statusReason) {}

    /** @param excerpt the source line, without indentation; empty when the file could not be read */
    record StepView(String kind, String location, String message, String excerpt) {}

    /**
     * @param id the anchor of its card, or of the finding it belongs to
     * @param status e.g. {@code opt-out only}; {@code statusClass} its CSS class
     * @param rules the rules it violates, blank-separated
     */
    record FlowView(String id, String category, String subject, String purpose, String legalBasis,
            String sourceMember, String sinkMember, String status, String statusClass, String guards,
            String rules, String file, String location, List<StepView> steps, boolean subjectUnknown) {}

    record SuppressionView(String rule, String location, String reason) {}

    /** Categories × purposes; each row holds one cell per purpose, in {@code purposes} order. */
    record DataMap(List<String> purposes, List<DataMapRow> rows) {}

    record DataMapRow(String category, List<DataMapCell> cells) {}

    /**
     * @param statuses how many of its flows have each status, worst first
     * @param count e.g. {@code 1 flow}, {@code 12 flows}
     * @param open whether its list of flows shows at first (a short one does; a long one is folded)
     */
    record DataMapCell(String purpose, List<StatusCount> statuses, List<FlowView> flows, String count, boolean open) {}

    record StatusCount(String status, String statusClass, long count) {}
}
