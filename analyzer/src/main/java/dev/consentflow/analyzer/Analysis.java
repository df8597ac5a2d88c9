package dev.consentflow.analyzer;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.consentflow.analyzer.baseline.BaselineFile;
import dev.consentflow.analyzer.cache.ContentHash;
import dev.consentflow.analyzer.cache.FileStamp;
import dev.consentflow.analyzer.classpath.ClasspathAnnotations;
import dev.consentflow.analyzer.flow.FlowEngine;
import dev.consentflow.analyzer.flow.SinkEvent;
import dev.consentflow.analyzer.frontend.Declarations;
import dev.consentflow.analyzer.frontend.JavaFrontend;
import dev.consentflow.analyzer.frontend.ParsedProgram;
import dev.consentflow.analyzer.frontend.Resolver;
import dev.consentflow.analyzer.frontend.SourceFile;
import dev.consentflow.analyzer.model.BaselineState;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.Flow;
import dev.consentflow.analyzer.model.Fingerprints;
import dev.consentflow.analyzer.model.Location;
import dev.consentflow.analyzer.policy.AnnotationKeys;
import dev.consentflow.analyzer.policy.MemberRef;
import dev.consentflow.analyzer.policy.Policy;
import dev.consentflow.analyzer.policy.RoleDeclarations;
import dev.consentflow.analyzer.policy.RoleIndex;
import dev.consentflow.analyzer.policy.file.FideslangTaxonomy;
import dev.consentflow.analyzer.policy.file.PolicyDeclarations;
import dev.consentflow.analyzer.policy.file.PolicyFile;
import dev.consentflow.analyzer.policy.file.PolicyFileReader;
import dev.consentflow.analyzer.rules.FlowInventory;
import dev.consentflow.analyzer.rules.FlowRules;
import dev.consentflow.analyzer.rules.LegalBasisRule;
import dev.consentflow.analyzer.suppression.Suppressions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One run of the analysis, step by step: policy, sources, roles, flows, rules, then fingerprints,
 * suppressions and the baseline, and diagnostics.
 */
final class Analysis {
    private final AnalysisRequest request;
    private final Optional<PolicyFile> policyFile;
    private final Policy policy;
    private final Optional<PolicyDeclarations> declared;
    private final Optional<Set<String>> baseline;
    private final AnalysisListener listener;
    /** Parsed units and the flow analysis kept from earlier analyses of the same project. */
    private final KeptAnalysis kept;
    private List<Path> roots = List.of();

    /** @throws AnalysisException for a broken policy or baseline file, with its {@code file:line:col} */
    Analysis(AnalysisRequest request, AnalysisListener listener) {
        this(request, listener, KeptAnalysis.none());
    }

    /**
     * An analysis that reuses the units {@code kept} holds for unchanged files (see {@link ParsedFiles}) and
     * brings its flow analysis up to date rather than starting over.
     *
     * @throws AnalysisException for a broken policy or baseline file, with its {@code file:line:col}
     */
    Analysis(AnalysisRequest request, AnalysisListener listener, KeptAnalysis kept) {
        this.kept = kept;
        this.listener = listener;
        this.policyFile = request.policyFile().map(PolicyFileReader::read);
        this.policy = policyFile.map(PolicyFile::policy).orElse(Policy.DEFAULT);
        this.declared = policyFile.map(PolicyDeclarations::new);
        this.baseline = request.baselineFile().map(BaselineFile::read);
        this.request = request.withMoreExcludes(policy.excludes());
    }

    AnalysisResult run() {
        listener.started(AnalysisListener.Phase.PARSE);
        ParsedProgram program = JavaFrontend.parse(request, listener, kept.parsed());
        kept.parsed().resolving();
        roots = program.roots();
        listener.finished(AnalysisListener.Phase.PARSE);
        ClasspathAnnotations classpathAnnotations =
                new ClasspathAnnotations(request.classpath(), Set.copyOf(request.ownOutput()));
        List<RoleDeclarations> outside = new ArrayList<>(List.of(classpathAnnotations));
        declared.ifPresent(outside::add);
        RoleIndex roles = new RoleIndex(outside);
        FlowRules rules = new FlowRules(policy);
        Resolver resolver = new Resolver();
        String context = context();
        Optional<FlowEngine> warm = kept.take(context);
        listener.started(AnalysisListener.Phase.SLICE);
        FlowEngine engine = warm.orElseGet(() -> new FlowEngine(program.files(), resolver, roles, rules,
                policy.trustCallers() == Policy.TrustCallers.ALL, listener));
        listener.finished(AnalysisListener.Phase.SLICE);

        Set<Path> targets = new HashSet<>();
        program.targets().forEach(f -> targets.add(f.path()));
        listener.started(AnalysisListener.Phase.FLOW);
        List<SinkEvent> uses = warm.isPresent() ? engine.update(program.files(), resolver, roles, rules, listener)
                : engine.run();
        kept.keep(context, engine);
        kept.retain(program.files(), warm.isEmpty() ? unit -> true : engine.retyped());
        listener.finished(AnalysisListener.Phase.FLOW);
        listener.started(AnalysisListener.Phase.RULES);
        List<Finding> findings = new ArrayList<>(rules.findings(uses));
        findings.removeIf(f -> !targets.contains(f.location().file()));
        List<Flow> flows = new ArrayList<>(new FlowInventory(policy, rules).flows(uses));
        flows.removeIf(f -> !targets.contains(f.location().file()));
        for (SourceFile file : program.targets()) {
            findings.addAll(kept.ofUnit(file.unit(), "legal basis", () -> legalBasisFindings(file, roles, engine)));
        }
        policyFile.ifPresent(pf -> findings.addAll(policyLegalBasisFindings(pf, engine)));
        findings.sort(Comparator.comparing(Finding::location).thenComparing(f -> f.rule().ordinal()));
        Declarations declarations = new Declarations(program.targets());
        Suppressions suppressions = new Suppressions(policyFile, declared, declarations, resolver, engine::location);
        List<Finding> triaged = baselined(suppressions.apply(Fingerprints.assign(findings, f -> member(declarations, f))));

        List<Diagnostic> diagnostics = new ArrayList<>(program.diagnostics());
        engine.diagnostics().stream().filter(d -> targets.contains(d.location().file())).forEach(diagnostics::add);
        diagnostics.addAll(classpathAnnotations.problems());
        resolver.firstUnresolved().filter(n -> targets.contains(engine.location(n).file())).ifPresent(first ->
                diagnostics.add(new Diagnostic(Diagnostic.Kind.UNRESOLVED, engine.location(first),
                        unresolvedMessage(resolver.unresolvedCount()))));
        declared.ifPresent(d -> diagnostics.addAll(d.unmatched(declaredMembers(program, resolver, kept))));
        Set<Location> reported = new HashSet<>();
        diagnostics.forEach(d -> reported.add(d.location()));
        diagnostics.addAll(suppressions.problems(program.targets(), reported));
        FideslangTaxonomy taxonomy = policyFile.map(PolicyFile::knownKeys).orElse(FideslangTaxonomy.standard());
        program.targets().forEach(f -> diagnostics.addAll(kept.ofUnit(f.unit(), "annotation keys",
                () -> AnnotationKeys.check(f.unit(), taxonomy, engine::location))));
        diagnostics.sort(Comparator.comparing(Diagnostic::location));
        kept.parsed().resolvedOnlyIn(resolver.touchedUnits());
        listener.finished(AnalysisListener.Phase.RULES);
        return new AnalysisResult(triaged, diagnostics, targets.size(), program.lines(), request.reportRoot(),
                flows, engine.steps());
    }

    /**
     * What the flow analysis depends on besides the sources: the policy file's text and the classpath
     * entries with their sizes and times. A kept flow analysis is brought up to date only in its own context.
     */
    private String context() {
        StringBuilder context = new StringBuilder(String.valueOf(policy.trustCallers()));
        request.policyFile().ifPresent(file -> context.append('\n').append(ContentHash.ofPath(file)));
        request.classpath().forEach(entry -> context.append('\n').append(entry).append(' ').append(FileStamp.of(entry)));
        return context.toString();
    }

    /** The source roots the last {@link #run} read beyond the requested paths (for the result cache). */
    List<Path> roots() {
        return roots;
    }

    /** The declaration a finding stands in; for a policy-file line, the file's name. */
    private static String unresolvedMessage(int count) {
        String what = count == 1 ? "1 symbol could not be resolved, here; flows through it"
                : count + " symbols could not be resolved, the first here; flows through them";
        return what + " go on with what is known (add the classpath for complete flows)";
    }

    private static String member(Declarations declarations, Finding finding) {
        String name = Declarations.name(declarations.around(finding.location()));
        return name.isEmpty() ? finding.location().file().getFileName().toString() : name;
    }

    private List<Finding> baselined(List<Finding> findings) {
        return baseline.map(accepted -> findings.stream().map(f -> f.withBaseline(
                accepted.contains(f.fingerprint()) ? BaselineState.UNCHANGED : BaselineState.NEW)).toList())
                .orElse(findings);
    }

    /** {@code invalid-legal-basis} for uses declared in one source file. */
    private List<Finding> legalBasisFindings(SourceFile file, RoleIndex roles, FlowEngine engine) {
        LegalBasisRule rule = new LegalBasisRule(policy, engine::location);
        List<Finding> findings = new ArrayList<>();
        for (MethodDeclaration method : file.unit().findAll(MethodDeclaration.class)) {
            roles.declaredSink(method).flatMap(sink -> rule.check(method, sink)).ifPresent(findings::add);
        }
        for (TypeDeclaration<?> type : file.unit().findAll(TypeDeclaration.class)) {
            roles.declaredSink(type).flatMap(sink -> rule.finding(type.getNameAsString(), sink,
                    engine.location(type.getName()))).ifPresent(findings::add);
        }
        return findings;
    }

    /** {@code invalid-legal-basis} for uses declared in the policy file. */
    private List<Finding> policyLegalBasisFindings(PolicyFile pf, FlowEngine engine) {
        LegalBasisRule rule = new LegalBasisRule(policy, engine::location);
        List<Finding> findings = new ArrayList<>();
        Path path = pf.file().toAbsolutePath().normalize();
        for (PolicyFile.DataUse use : pf.dataUses()) {
            Location at = new Location(path, use.position().line(), use.position().column());
            rule.finding(use.member().toString(), use.sink(), at).ifPresent(findings::add);
        }
        return findings;
    }

    /** The methods and fields declared in the sources, for telling which policy entries match nothing. */
    private static List<MemberRef> declaredMembers(ParsedProgram program, Resolver resolver, KeptAnalysis kept) {
        List<MemberRef> members = new ArrayList<>();
        for (SourceFile file : program.files()) {
            members.addAll(kept.ofUnit(file.unit(), "declared members", () -> declaredMembers(file, resolver)));
        }
        return members;
    }

    private static List<MemberRef> declaredMembers(SourceFile file, Resolver resolver) {
        List<MemberRef> members = new ArrayList<>();
        for (MethodDeclaration method : file.unit().findAll(MethodDeclaration.class)) {
            resolver.declaration(method).flatMap(RoleIndex::memberOf).ifPresent(members::add);
        }
        for (FieldDeclaration field : file.unit().findAll(FieldDeclaration.class)) {
            Optional<String> type = field.getParentNode().filter(p -> p instanceof TypeDeclaration<?>)
                    .flatMap(p -> ((TypeDeclaration<?>) p).getFullyQualifiedName());
            type.ifPresent(t -> field.getVariables().forEach(
                    v -> members.add(MemberRef.field(t, v.getNameAsString()))));
        }
        return members;
    }
}
