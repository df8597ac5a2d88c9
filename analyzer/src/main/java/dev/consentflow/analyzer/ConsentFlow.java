package dev.consentflow.analyzer;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.consentflow.analyzer.classpath.ClasspathAnnotations;
import dev.consentflow.analyzer.flow.FlowEngine;
import dev.consentflow.analyzer.frontend.JavaFrontend;
import dev.consentflow.analyzer.frontend.ParsedProgram;
import dev.consentflow.analyzer.frontend.Resolver;
import dev.consentflow.analyzer.frontend.SourceFile;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.policy.Policy;
import dev.consentflow.analyzer.policy.RoleIndex;
import dev.consentflow.analyzer.rules.FlowRules;
import dev.consentflow.analyzer.rules.LegalBasisRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one façade every entry point calls: source files, classpath and policy in, findings out.
 * Never prints, never exits, reads only the files the request names.
 */
public final class ConsentFlow {
    private ConsentFlow() {}

    /**
     * Analyzes the request's sources.
     *
     * @return findings and diagnostics in a deterministic order
     * @throws AnalysisException when the request cannot be analyzed at all (a source path that does not
     *     exist, an unreadable classpath jar, a policy file, which this version does not read yet)
     */
    public static AnalysisResult analyze(AnalysisRequest request) {
        return LargeStack.call(() -> analyzeHere(request));
    }

    private static AnalysisResult analyzeHere(AnalysisRequest request) {
        if (request.policyFile().isPresent()) {
            throw new AnalysisException(request.policyFile().get()
                    + ": policy files (consentflow.yaml) are not supported yet; declare roles with annotations");
        }
        Policy policy = Policy.DEFAULT;
        ParsedProgram program = JavaFrontend.parse(request);
        ClasspathAnnotations classpathAnnotations =
                new ClasspathAnnotations(request.classpath(), Set.copyOf(request.ownOutput()));
        RoleIndex roles = new RoleIndex(List.of(classpathAnnotations));
        FlowRules rules = new FlowRules(policy);
        FlowEngine engine = new FlowEngine(program.files(), new Resolver(), roles, rules);

        Set<Path> targets = new HashSet<>();
        program.targets().forEach(f -> targets.add(f.path()));
        List<Finding> findings = new ArrayList<>(rules.findings(engine.run()));
        findings.removeIf(f -> !targets.contains(f.location().file()));
        LegalBasisRule legalBasis = new LegalBasisRule(policy, engine::location);
        for (SourceFile file : program.targets()) {
            for (MethodDeclaration method : file.unit().findAll(MethodDeclaration.class)) {
                roles.declaredSink(method).flatMap(sink -> legalBasis.check(method, sink)).ifPresent(findings::add);
            }
        }
        findings.sort(Comparator.comparing(Finding::location).thenComparing(f -> f.rule().ordinal()));
        List<Diagnostic> diagnostics = new ArrayList<>(program.diagnostics());
        engine.diagnostics().stream().filter(d -> targets.contains(d.location().file())).forEach(diagnostics::add);
        diagnostics.addAll(classpathAnnotations.problems());
        diagnostics.sort(Comparator.comparing(Diagnostic::location));
        return new AnalysisResult(findings, diagnostics, targets.size(), program.lines(), request.reportRoot());
    }
}
