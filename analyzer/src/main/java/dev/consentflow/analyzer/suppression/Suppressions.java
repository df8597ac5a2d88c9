package dev.consentflow.analyzer.suppression;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.consentflow.analyzer.frontend.Declarations;
import dev.consentflow.analyzer.frontend.Resolver;
import dev.consentflow.analyzer.frontend.SourceFile;
import dev.consentflow.analyzer.frontend.UnitMemo;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.Location;
import dev.consentflow.analyzer.model.Rule;
import dev.consentflow.analyzer.model.Suppression;
import dev.consentflow.analyzer.policy.MemberRef;
import dev.consentflow.analyzer.policy.RoleIndex;
import dev.consentflow.analyzer.policy.file.PolicyDeclarations;
import dev.consentflow.analyzer.policy.file.PolicyFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies suppressions (DESIGN §1 "Suppression", issue 5). A {@code suppressions} entry of
 * {@code consentflow.yaml} ({@code rule}, {@code member}, {@code reason}) suppresses its rule in the
 * matching members; {@code @SuppressWarnings("consentflow:<rule>")} on a member or type shows that
 * suppression in the code, and takes effect only with such an entry, which gives its reason. Suppressed
 * findings stay, marked with their reason. Reported as {@link Diagnostic.Kind#SUPPRESSION}: an annotation
 * without an entry or with an unknown rule, and an annotation or entry that suppresses nothing. Not
 * thread-safe: one instance per analysis; ask {@link #problems} after {@link #apply}.
 */
public final class Suppressions {
    private final Optional<PolicyFile> policyFile;
    private final Optional<PolicyDeclarations> declared;
    private final Declarations declarations;
    private final Resolver resolver;
    private final Function<Node, Location> locations;
    private final Set<PolicyFile.Suppression> usedEntries = new HashSet<>();
    private final Set<Use> usedAnnotations = new HashSet<>();

    /** An annotation that suppressed a finding of {@code rule}. */
    private record Use(Location annotation, Rule rule) {}

    /** The {@code @SuppressWarnings} annotations of a unit, listed once per unit. */
    private static final UnitMemo<List<AnnotationExpr>> ANNOTATIONS = new UnitMemo<>(
            unit -> List.copyOf(unit.findAll(AnnotationExpr.class, SuppressWarningsValues::isSuppressWarnings))) {};

    /**
     * @param policyFile the policy file, whose {@code suppressions} give the reasons
     * @param declared the same file's declarations, which match entries to members
     * @param locations where a node of the parsed files stands
     */
    public Suppressions(Optional<PolicyFile> policyFile, Optional<PolicyDeclarations> declared,
            Declarations declarations, Resolver resolver, Function<Node, Location> locations) {
        this.policyFile = policyFile;
        this.declared = declared;
        this.declarations = declarations;
        this.resolver = resolver;
        this.locations = locations;
    }

    /**
     * The findings, each suppressed when an entry matches a declaration it stands in: through the innermost
     * annotation for its rule whose declaration an entry matches ({@link Suppression.Kind#IN_SOURCE}), else
     * through the innermost matching entry alone ({@link Suppression.Kind#POLICY}).
     */
    public List<Finding> apply(List<Finding> findings) {
        return findings.stream().map(this::apply).toList();
    }

    private Finding apply(Finding finding) {
        Rule rule = finding.rule();
        List<Node> around = declarations.around(finding.location());
        for (int i = around.size() - 1; i >= 0; i--) {
            Node declaration = around.get(i);
            Optional<AnnotationExpr> annotation = annotation(declaration, rule);
            Optional<PolicyFile.Suppression> entry = annotation.flatMap(a -> entry(declaration, rule));
            if (entry.isPresent()) {
                Location at = locations.apply(annotation.get());
                usedEntries.add(entry.get());
                usedAnnotations.add(new Use(at, rule));
                return finding.suppressed(new Suppression(Suppression.Kind.IN_SOURCE, entry.get().reason(), at));
            }
        }
        for (int i = around.size() - 1; i >= 0; i--) {
            Optional<PolicyFile.Suppression> entry = entry(around.get(i), rule);
            if (entry.isPresent()) {
                usedEntries.add(entry.get());
                return finding.suppressed(new Suppression(Suppression.Kind.POLICY, entry.get().reason(),
                        entryLocation(entry.get())));
            }
        }
        return finding;
    }

    /**
     * What does not work as written, in the order of the files and then of the policy file: annotations
     * with an unknown rule, without a {@code suppressions} entry or suppressing nothing; entries that
     * suppress nothing.
     *
     * @param targets the analyzed files, whose annotations are checked
     * @param reported policy-file positions already reported (an entry whose member does not exist), not
     *     reported again
     */
    public List<Diagnostic> problems(List<SourceFile> targets, Set<Location> reported) {
        List<Diagnostic> problems = new ArrayList<>();
        for (SourceFile file : targets) {
            for (AnnotationExpr annotation : ANNOTATIONS.of(file.unit())) {
                annotation.getParentNode().ifPresent(owner -> check(annotation, owner, problems));
            }
        }
        policyFile.ifPresent(file -> file.suppressions().stream()
                .filter(e -> !usedEntries.contains(e) && !reported.contains(entryLocation(e)))
                .forEach(e -> problems.add(new Diagnostic(Diagnostic.Kind.SUPPRESSION, entryLocation(e),
                        "suppressions entry \"" + e.member() + "\" for " + e.rule().id()
                                + " suppresses nothing: no such finding stands there any more; remove the entry"))));
        return problems;
    }

    private void check(AnnotationExpr annotation, Node owner, List<Diagnostic> problems) {
        Location at = locations.apply(annotation);
        for (String value : SuppressWarningsValues.of(annotation)) {
            Optional<Rule> rule;
            try {
                rule = SuppressionKey.parse(value);
            } catch (IllegalArgumentException e) {
                problems.add(new Diagnostic(Diagnostic.Kind.SUPPRESSION, at, e.getMessage()));
                continue;
            }
            rule.ifPresent(r -> problem(owner, r, at).ifPresent(
                    message -> problems.add(new Diagnostic(Diagnostic.Kind.SUPPRESSION, at, message))));
        }
    }

    private Optional<String> problem(Node owner, Rule rule, Location at) {
        String annotation = "@SuppressWarnings(\"" + SuppressionKey.PREFIX + rule.id() + "\")";
        if (entry(owner, rule).isEmpty()) {
            return Optional.of(annotation + " has no reason, so its findings stand: add {rule: " + rule.id()
                    + ", member: \"" + pattern(owner).orElse("<member>") + "\", reason: ...} under suppressions"
                    + " in consentflow.yaml");
        }
        if (!usedAnnotations.contains(new Use(at, rule))) {
            return Optional.of(annotation + " suppresses nothing: no " + rule.id()
                    + " finding stands there any more; remove it and its suppressions entry");
        }
        return Optional.empty();
    }

    private static Optional<AnnotationExpr> annotation(Node declaration, Rule rule) {
        if (!(declaration instanceof NodeWithAnnotations<?> annotated)) {
            return Optional.empty();
        }
        return annotated.getAnnotations().stream()
                .filter(SuppressWarningsValues::isSuppressWarnings)
                .filter(a -> SuppressWarningsValues.of(a).stream().anyMatch(v -> names(v, rule)))
                .findFirst();
    }

    private static boolean names(String value, Rule rule) {
        try {
            return SuppressionKey.parse(value).filter(rule::equals).isPresent();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The entry that matches {@code declaration} for {@code rule}: a member entry, or a bare type. */
    private Optional<PolicyFile.Suppression> entry(Node declaration, Rule rule) {
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        PolicyDeclarations policy = declared.get();
        if (declaration instanceof FieldDeclaration field) {
            return field.getVariables().stream().map(v -> entry(v, rule)).flatMap(Optional::stream).findFirst();
        }
        Optional<MemberRef> member = member(declaration);
        if (member.isPresent()) {
            return policy.suppression(rule, member.get());
        }
        return typeOf(declaration).flatMap(type -> policy.typeSuppression(rule, type));
    }

    /** A method or a field, as member patterns name it. */
    private Optional<MemberRef> member(Node declaration) {
        if (declaration instanceof MethodDeclaration method) {
            return resolver.declaration(method).flatMap(RoleIndex::memberOf);
        }
        if (declaration instanceof VariableDeclarator variable
                && variable.getParentNode().orElse(null) instanceof FieldDeclaration field) {
            return typeOf(field).map(type -> MemberRef.field(type, variable.getNameAsString()));
        }
        return Optional.empty();
    }

    /** The qualified name of a type, or of the type declaring a constructor or field. */
    private static Optional<String> typeOf(Node declaration) {
        if (declaration instanceof TypeDeclaration<?> type) {
            return type.getFullyQualifiedName();
        }
        if (declaration instanceof ConstructorDeclaration || declaration instanceof CompactConstructorDeclaration
                || declaration instanceof FieldDeclaration) {
            return declaration.getParentNode().flatMap(Suppressions::typeOf);
        }
        return Optional.empty();
    }

    /** The member pattern a {@code suppressions} entry for {@code owner} would use, for the hint. */
    private Optional<String> pattern(Node owner) {
        if (owner instanceof FieldDeclaration field) {
            return member(field.getVariable(0)).map(MemberRef::toString);
        }
        return member(owner).map(MemberRef::toString).or(() -> typeOf(owner));
    }

    private Location entryLocation(PolicyFile.Suppression entry) {
        return new Location(policyFile.orElseThrow().file().toAbsolutePath().normalize(), entry.position().line(),
                entry.position().column());
    }
}
