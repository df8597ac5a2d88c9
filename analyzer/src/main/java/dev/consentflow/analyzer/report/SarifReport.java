package dev.consentflow.analyzer.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.CodeFlow;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.ReportingDescriptorReference;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.ThreadFlow;
import com.contrastsecurity.sarif.ThreadFlowLocation;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.ToolVersion;
import dev.consentflow.analyzer.model.BaselineState;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.Fingerprints;
import dev.consentflow.analyzer.model.FlowStep;
import dev.consentflow.analyzer.model.Location;
import dev.consentflow.analyzer.model.Rule;
import dev.consentflow.analyzer.model.Suppression;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code report.sarif} document (SARIF 2.1.0), built with java-sarif's object model. Paths are
 * relative to {@code %SRCROOT%}, the analysis' report root; {@code run.originalUriBaseIds} describes
 * that base but gives no {@code uri}, because the reports hold no absolute path (SARIF §3.14.14 lets a
 * producer leave the URI out; consumers such as GitHub code scanning resolve it to the checkout). Each
 * result carries its fingerprint as {@code partialFingerprints["consentflow/v1"]}, its suppression as
 * {@code suppressions} with the reason as justification, and {@code baselineState} when a baseline was
 * given.
 */
final class SarifReport {
    static final String FILE_NAME = "report.sarif";
    private static final String SRCROOT = "%SRCROOT%";
    private static final URI SCHEMA = URI.create("https://json.schemastore.org/sarif-2.1.0.json");

    private SarifReport() {}

    /** The document for {@code result}, whose findings and diagnostics are already in report order. */
    static SarifSchema210 document(AnalysisResult result) {
        Path root = result.reportRoot();
        Run run = new Run()
                .withTool(new Tool().withDriver(driver()))
                .withOriginalUriBaseIds(new OriginalUriBaseIds().withAdditionalProperty(SRCROOT,
                        new ArtifactLocation().withDescription(text("The directory consentflow reported paths"
                                + " against: the scanned directory, or the root of the repository or project."))))
                .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS)
                .withInvocations(List.of(invocation(result, root)))
                .withResults(result.findings().stream().map(f -> result(f, root)).toList());
        return new SarifSchema210().with$schema(SCHEMA).withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
    }

    // Rules and notification descriptors in enum order, so that ruleIndex is the ordinal; java-sarif
    // declares these as Sets, and only an insertion-ordered one keeps the output byte-stable.
    private static ToolComponent driver() {
        return new ToolComponent()
                .withName("consentflow")
                .withVersion(ToolVersion.current())
                .withRules(orderedSet(Arrays.stream(Rule.values()).map(SarifReport::rule).toList()))
                .withNotifications(orderedSet(Arrays.stream(Diagnostic.Kind.values())
                        .map(k -> new ReportingDescriptor().withId(ReportPaths.id(k))
                                .withShortDescription(new MultiformatMessageString().withText(k.label())))
                        .toList()));
    }

    private static ReportingDescriptor rule(Rule rule) {
        return new ReportingDescriptor()
                .withId(rule.id())
                .withShortDescription(new MultiformatMessageString().withText(rule.summary()))
                .withDefaultConfiguration(new ReportingConfiguration()
                        .withLevel(ReportingConfiguration.Level.fromValue(rule.defaultSeverity().label())));
    }

    private static Result result(Finding finding, Path root) {
        Result result = new Result()
                .withRuleId(finding.rule().id())
                .withRuleIndex(finding.rule().ordinal())
                .withLevel(Result.Level.fromValue(finding.severity().label()))
                .withMessage(text(finding.message()))
                .withLocations(List.of(location(finding.location(), root)))
                .withPartialFingerprints(new PartialFingerprints()
                        .withAdditionalProperty(Fingerprints.VERSION, finding.fingerprint()))
                .withProperties(new PropertyBag().withAdditionalProperty("categories", finding.categories()));
        if (finding.purpose() != null) {
            result.getProperties().withAdditionalProperty("purpose", finding.purpose());
        }
        if (finding.approximate()) {
            result.getProperties().withAdditionalProperty("approximate", true);
        }
        finding.suppression().ifPresent(s -> result.withSuppressions(orderedSet(List.of(suppression(s, root)))));
        if (finding.baseline() != BaselineState.NONE) {
            result.withBaselineState(finding.baseline() == BaselineState.UNCHANGED
                    ? Result.BaselineState.UNCHANGED : Result.BaselineState.NEW);
        }
        if (!finding.flow().isEmpty()) {
            result.withCodeFlows(List.of(new CodeFlow().withThreadFlows(List.of(new ThreadFlow().withLocations(
                    finding.flow().stream().map(s -> threadFlowLocation(s, root)).toList())))));
        }
        return result;
    }

    // Accepted: the reason was reviewed into the policy file; GitHub code scanning shows such a result as
    // dismissed, with the justification.
    private static com.contrastsecurity.sarif.Suppression suppression(Suppression suppression, Path root) {
        return new com.contrastsecurity.sarif.Suppression()
                .withKind(suppression.kind() == Suppression.Kind.IN_SOURCE
                        ? com.contrastsecurity.sarif.Suppression.Kind.IN_SOURCE
                        : com.contrastsecurity.sarif.Suppression.Kind.EXTERNAL)
                .withStatus(com.contrastsecurity.sarif.Suppression.Status.ACCEPTED)
                .withJustification(suppression.reason())
                .withLocation(location(suppression.location(), root));
    }

    private static ThreadFlowLocation threadFlowLocation(FlowStep step, Path root) {
        return new ThreadFlowLocation().withLocation(location(step.location(), root).withMessage(text(step.message())));
    }

    // The analysis ran to the end unless nothing was analyzable; skipped files are error notifications.
    private static Invocation invocation(AnalysisResult result, Path root) {
        return new Invocation()
                .withExecutionSuccessful(result.exitCode() != AnalysisResult.BAD_INPUT)
                .withToolExecutionNotifications(result.diagnostics().stream().map(d -> notification(d, root)).toList());
    }

    private static Notification notification(Diagnostic diagnostic, Path root) {
        return new Notification()
                .withLevel(diagnostic.kind().leavesSomethingOut() ? Notification.Level.ERROR : Notification.Level.WARNING)
                .withMessage(text(diagnostic.message()))
                .withDescriptor(new ReportingDescriptorReference()
                        .withId(ReportPaths.id(diagnostic.kind()))
                        .withIndex(diagnostic.kind().ordinal()))
                .withLocations(orderedSet(List.of(location(diagnostic.location(), root))));
    }

    private static com.contrastsecurity.sarif.Location location(Location location, Path root) {
        PhysicalLocation physical = new PhysicalLocation().withArtifactLocation(new ArtifactLocation()
                .withUri(ReportPaths.relativeUri(root, location.file()))
                .withUriBaseId(SRCROOT));
        // A diagnostic may not know its line or column (0), which SARIF regions cannot express.
        if (location.line() > 0) {
            Region region = new Region().withStartLine(location.line());
            if (location.column() > 0) {
                region.withStartColumn(location.column());
            }
            physical.withRegion(region);
        }
        return new com.contrastsecurity.sarif.Location().withPhysicalLocation(physical);
    }

    private static Message text(String text) {
        return new Message().withText(text);
    }

    private static <T> Set<T> orderedSet(List<T> items) {
        return new LinkedHashSet<>(items);
    }
}
