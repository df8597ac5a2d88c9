package dev.consentflow.analyzer.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.Location;
import dev.consentflow.analyzer.model.Rule;
import dev.consentflow.analyzer.model.Severity;
import dev.consentflow.analyzer.policy.Policy;
import dev.consentflow.analyzer.policy.Roles;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rule {@code invalid-legal-basis}: a data use declares a legal basis (GDPR Art. 6(1)) its purpose may
 * not claim ({@link Policy#allowedBases}). The finding stands at the declared method's name.
 */
public final class LegalBasisRule {
    private final Policy policy;
    private final Function<Node, Location> locations;

    public LegalBasisRule(Policy policy, Function<Node, Location> locations) {
        this.policy = policy;
        this.locations = locations;
    }

    /** The finding for one declared data use, if its legal basis is not allowed. */
    public Optional<Finding> check(MethodDeclaration method, Roles.Sink sink) {
        return finding(method.getNameAsString(), sink, locations.apply(method.getName()));
    }

    /**
     * The finding for a data use declared anywhere ({@code consentflow.yaml} too), standing at {@code at},
     * if its legal basis is not allowed and the rule is on.
     */
    public Optional<Finding> finding(String member, Roles.Sink sink, Location at) {
        List<String> allowed = policy.allowedBases(sink.purpose());
        Optional<Severity> severity = policy.severity(Rule.INVALID_LEGAL_BASIS);
        if (allowed.isEmpty() || allowed.contains(sink.legalBasis()) || severity.isEmpty()) {
            return Optional.empty();
        }
        String message = member + " declares legal basis " + sink.legalBasis() + " for "
                + sink.purpose() + ", which may only rest on " + String.join(" or ", allowed);
        return Optional.of(new Finding(Rule.INVALID_LEGAL_BASIS, severity.get(), message, at, List.of(),
                sink.purpose(), List.of()));
    }
}
