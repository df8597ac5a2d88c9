package dev.consentflow.analyzer;

import dev.consentflow.analyzer.model.BaselineState;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.Flow;
import dev.consentflow.analyzer.model.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * What an analysis found, in a deterministic order (by location, then rule).
 *
 * @param findings every finding, also those suppressed or baselined (marked)
 * @param diagnostics what could not be analyzed, and why
 * @param filesAnalyzed number of files parsed and analyzed
 * @param linesAnalyzed number of lines in those files
 * @param reportRoot the directory report URIs are relative to
 * @param flows every flow of personal data into a data use, with or without a finding, in
 *     {@link Flow#ORDER}: the data map
 * @param analysisSteps statements and expressions the flow engine evaluated (its work, for bounds tests;
 *     not in the reports)
 */
public record AnalysisResult(List<Finding> findings, List<Diagnostic> diagnostics, int filesAnalyzed,
        long linesAnalyzed, Path reportRoot, List<Flow> flows, long analysisSteps) {

    /** Exit code 0: no error finding, everything analyzed. */
    public static final int CLEAN = 0;
    /** Exit code 1: error findings (wins over incompleteness). */
    public static final int VIOLATIONS = 1;
    /** Exit code 2: bad usage, broken policy, or nothing analyzable. */
    public static final int BAD_INPUT = 2;
    /** Exit code 3: no error finding, but something was skipped. */
    public static final int INCOMPLETE = 3;

    public AnalysisResult {
        findings = List.copyOf(findings);
        diagnostics = List.copyOf(diagnostics);
        flows = List.copyOf(flows);
    }

    /** A result whose analysis steps are not known (built by hand, or re-sorted for a report). */
    public AnalysisResult(List<Finding> findings, List<Diagnostic> diagnostics, int filesAnalyzed,
            long linesAnalyzed, Path reportRoot, List<Flow> flows) {
        this(findings, diagnostics, filesAnalyzed, linesAnalyzed, reportRoot, flows, 0);
    }

    /** A result without flows (one whose data map is empty) and without known analysis steps. */
    public AnalysisResult(List<Finding> findings, List<Diagnostic> diagnostics, int filesAnalyzed,
            long linesAnalyzed, Path reportRoot) {
        this(findings, diagnostics, filesAnalyzed, linesAnalyzed, reportRoot, List.of());
    }

    /** Whether any finding that {@link Finding#counts() counts} has severity {@link Severity#ERROR}. */
    public boolean hasErrors() {
        return errorCount() > 0;
    }

    /** The findings of severity {@link Severity#ERROR} that count: neither suppressed nor baselined. */
    public long errorCount() {
        return findings.stream().filter(f -> f.counts() && f.severity() == Severity.ERROR).count();
    }

    /** Whether something was left out: a skipped file, a type in a cycle, an unreadable classpath jar, … */
    public boolean isIncomplete() {
        return diagnostics.stream().anyMatch(d -> d.kind().leavesSomethingOut());
    }

    /**
     * This result as a baseline written from it sees it: every finding that is not suppressed is
     * {@link BaselineState#UNCHANGED}.
     */
    public AnalysisResult baselined() {
        return new AnalysisResult(findings.stream()
                .map(f -> f.suppression().isPresent() ? f : f.withBaseline(BaselineState.UNCHANGED)).toList(),
                diagnostics, filesAnalyzed, linesAnalyzed, reportRoot);
    }

    /** The exit code of DESIGN §2 for this result. */
    public int exitCode() {
        if (hasErrors()) {
            return VIOLATIONS;
        }
        if (filesAnalyzed == 0) {
            return BAD_INPUT;
        }
        return isIncomplete() ? INCOMPLETE : CLEAN;
    }
}
