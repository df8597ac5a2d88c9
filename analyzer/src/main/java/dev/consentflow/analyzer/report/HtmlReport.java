package dev.consentflow.analyzer.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.Flow;
import dev.consentflow.analyzer.model.FlowStep;
import dev.consentflow.analyzer.model.Location;
import dev.consentflow.analyzer.model.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code index.html}: one self-contained page for reviewers, rendered with Mustache (every value
 * HTML-escaped): the summary, each finding with its path and source lines, the flows that passed and
 * why, suppressions, the data map of categories × purposes, and filters. Its CSS and script are inline;
 * it loads nothing, and its Content-Security-Policy allows no connection, no outside resource and no
 * script but its own (by hash), so that even markup that slipped through could not run.
 */
final class HtmlReport {
    static final String FILE_NAME = "index.html";
    private static final String TEMPLATES = "dev/consentflow/analyzer/report/";
    private static final Mustache TEMPLATE = new DefaultMustacheFactory(TEMPLATES).compile("index.html.mustache");
    private static final String SCRIPT = resource("index.js");
    /** A data map cell with at most this many flows lists them open; a longer one shows its counts first. */
    private static final int SHORT_CELL = 3;

    private final AnalysisResult result;
    private final Path root;
    private final SourceExcerpts excerpts = new SourceExcerpts();

    private HtmlReport(AnalysisResult result) {
        this.result = result;
        this.root = result.reportRoot();
    }

    /** The page for {@code result}, whose findings, diagnostics and flows are already in report order. */
    static String html(AnalysisResult result, ReportSummary summary) {
        StringWriter out = new StringWriter();
        TEMPLATE.execute(out, new HtmlReport(result).page(summary));
        return out.toString();
    }

    private HtmlView.Page page(ReportSummary s) {
        List<HtmlView.FindingView> findings = new ArrayList<>();
        Map<Location, String> findingIds = new HashMap<>();
        for (Finding f : result.findings()) {
            String id = "finding-" + (findings.size() + 1);
            findingIds.putIfAbsent(f.location(), id);
            findings.add(finding(id, f));
        }
        List<HtmlView.FlowView> flows = new ArrayList<>();
        // An unguarded flow is shown by its finding; the others get cards of their own.
        List<HtmlView.FlowView> passed = new ArrayList<>();
        for (Flow f : result.flows()) {
            if (f.status() == Flow.Status.UNGUARDED) {
                flows.add(flow(findingIds.getOrDefault(f.location(), ""), f));
            } else {
                HtmlView.FlowView view = flow("flow-" + (passed.size() + 1), f);
                flows.add(view);
                passed.add(view);
            }
        }
        return new HtmlView.Page(
                new HtmlView.Summary(s.errors(), s.warnings(), s.filesAnalyzed(), s.linesAnalyzed(), s.filesSkipped(),
                        flows.size(), passed.size(), s.exitCode()),
                ruleCounts(),
                result.diagnostics().stream().map(this::diagnostic).toList(),
                sorted(findings.stream().map(HtmlView.FindingView::rule), flows.stream().flatMap(f -> words(f.rules()))),
                sorted(findings.stream().flatMap(f -> words(f.categories())), flows.stream().map(HtmlView.FlowView::category)),
                sorted(findings.stream().map(HtmlView.FindingView::purpose), flows.stream().map(HtmlView.FlowView::purpose)),
                sorted(findings.stream().map(HtmlView.FindingView::file), flows.stream().map(HtmlView.FlowView::file)),
                findings,
                passed,
                List.of(),
                dataMap(flows),
                "default-src 'none'; style-src 'unsafe-inline'; script-src '" + sha256(SCRIPT) + "'",
                SCRIPT);
    }

    private List<HtmlView.RuleCount> ruleCounts() {
        Map<Rule, List<Finding>> byRule = result.findings().stream()
                .collect(Collectors.groupingBy(Finding::rule));
        List<HtmlView.RuleCount> counts = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            List<Finding> of = byRule.getOrDefault(rule, List.of());
            if (!of.isEmpty()) {
                counts.add(new HtmlView.RuleCount(rule.id(), of.get(0).severity().label(), of.size(), rule.summary()));
            }
        }
        return counts;
    }

    private HtmlView.FindingView finding(String id, Finding f) {
        return new HtmlView.FindingView(id, f.rule().id(), f.severity().label(), f.message(), path(f.location()),
                position(f.location()), String.join(" ", f.categories()), Objects.requireNonNullElse(f.purpose(), ""),
                steps(f.flow()), f.approximate(), "", "");
    }

    private HtmlView.FlowView flow(String id, Flow f) {
        return new HtmlView.FlowView(id, f.category(), f.subject(), f.purpose(), f.legalBasis(), f.sourceMember(),
                f.sinkMember(), f.status().label(), ReportPaths.id(f.status()), String.join(", ", f.guards()),
                f.rules().stream().map(Rule::id).collect(Collectors.joining(" ")), path(f.location()),
                position(f.location()), steps(f.steps()), f.subjectUnknown());
    }

    private List<HtmlView.StepView> steps(List<FlowStep> steps) {
        return steps.stream().map(s -> new HtmlView.StepView(ReportPaths.id(s.kind()), position(s.location()),
                s.message(), excerpts.line(s.location()))).toList();
    }

    private HtmlView.DiagnosticView diagnostic(Diagnostic d) {
        return new HtmlView.DiagnosticView(d.kind().label(), position(d.location()), d.message());
    }

    private static HtmlView.DataMap dataMap(List<HtmlView.FlowView> flows) {
        List<String> purposes = sorted(flows.stream().map(HtmlView.FlowView::purpose), Stream.of());
        List<String> categories = sorted(flows.stream().map(HtmlView.FlowView::category), Stream.of());
        List<HtmlView.DataMapRow> rows = new ArrayList<>();
        for (String category : categories) {
            List<HtmlView.DataMapCell> cells = new ArrayList<>();
            for (String purpose : purposes) {
                List<HtmlView.FlowView> in = flows.stream()
                        .filter(f -> f.category().equals(category) && f.purpose().equals(purpose)).toList();
                cells.add(new HtmlView.DataMapCell(purpose, statusCounts(in), in,
                        in.size() + (in.size() == 1 ? " flow" : " flows"), in.size() <= SHORT_CELL));
            }
            rows.add(new HtmlView.DataMapRow(category, cells));
        }
        return new HtmlView.DataMap(purposes, rows);
    }

    private static List<HtmlView.StatusCount> statusCounts(List<HtmlView.FlowView> flows) {
        List<HtmlView.StatusCount> counts = new ArrayList<>();
        for (Flow.Status status : Flow.Status.values()) {
            long count = flows.stream().filter(f -> f.status().equals(status.label())).count();
            if (count > 0) {
                counts.add(new HtmlView.StatusCount(status.label(), ReportPaths.id(status), count));
            }
        }
        return counts;
    }

    private String path(Location location) {
        return ReportPaths.relative(root, location.file());
    }

    private String position(Location location) {
        return location.line() > 0 ? path(location) + ":" + location.line() : path(location);
    }

    private static Stream<String> words(String blankSeparated) {
        return blankSeparated.isEmpty() ? Stream.empty()
                : Arrays.stream(blankSeparated.split(" "));
    }

    private static List<String> sorted(Stream<String> a, Stream<String> b) {
        SortedSet<String> values = new TreeSet<>();
        Stream.concat(a, b).filter(v -> !v.isEmpty()).forEach(values::add);
        return List.copyOf(values);
    }

    /** A CSP source expression for an inline script: {@code sha256-<base64 of its UTF-8 bytes>}. */
    private static String sha256(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(TEMPLATES + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
