package dev.consentflow.analyzer.policy;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedParameterDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import com.github.javaparser.resolution.types.ResolvedType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Answers "is this member a source, a sink, a guard, a sanitizer?" for resolved declarations. A member's
 * role comes from the consentflow annotations in the analyzed sources, else from the
 * {@link RoleDeclarations} outside them (class files, {@code consentflow.yaml}), in the order given. A
 * method inherits the role of the method it overrides or implements, and the public methods of a
 * {@code @DataUse} type are sinks. Rules never learn where a role was declared. Hierarchies are memoized.
 */
public final class RoleIndex {
    private final List<RoleDeclarations> declarations;
    private final Map<String, List<ResolvedMethodDeclaration>> hierarchies = new HashMap<>();
    private final Map<String, Optional<Roles.Source>> typeSources = new HashMap<>();
    private final Map<String, Optional<?>> answers = new HashMap<>();

    /** @param declarations roles declared outside the sources, asked in this order */
    public RoleIndex(List<RoleDeclarations> declarations) {
        this.declarations = List.copyOf(declarations);
    }

    /** The names of the sources declared outside the analyzed sources (for the demand-driven analysis). */
    public SourceNames sourceNames() {
        return declarations.stream().map(RoleDeclarations::sourceNames).reduce(SourceNames.NONE, SourceNames::and);
    }

    /** The {@code @PersonalData} role of a method's return value (a record accessor: of its component). */
    public Optional<Roles.Source> sourceOf(ResolvedMethodDeclaration method) {
        return memo("source", method, () -> inHierarchy(method, SourceAnnotations::source, RoleDeclarations::source))
                .or(() -> recordComponent(method).flatMap(SourceAnnotations::source));
    }

    /** The {@code @PersonalData} role of a field. */
    public Optional<Roles.Source> sourceOf(ResolvedValueDeclaration field) {
        return ofField(field, SourceAnnotations::source, RoleDeclarations::source);
    }

    /** The {@code @PersonalData} role of a parameter declared in the sources. */
    public Optional<Roles.Source> sourceOf(Parameter parameter) {
        return SourceAnnotations.source(parameter);
    }

    /**
     * The {@code @PersonalData} role of a type, declared on the type in the sources or for the type
     * outside them: every value of it is personal data.
     */
    public Optional<Roles.Source> sourceOf(ResolvedType type) {
        if (!type.isReferenceType()) {
            return Optional.empty();
        }
        try {
            String name = type.asReferenceType().getQualifiedName();
            return typeSources.computeIfAbsent(name, n -> type.asReferenceType().getTypeDeclaration()
                    .flatMap(ResolvedReferenceTypeDeclaration::toAst)
                    .filter(node -> node instanceof TypeDeclaration<?>)
                    .flatMap(node -> SourceAnnotations.source((TypeDeclaration<?>) node))
                    .or(() -> ask(null, (d, ignored) -> d.typeSource(n))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The inputs whose data the method's result carries, when declared ({@code 0} = the receiver). */
    public Optional<List<Integer>> propagatorOf(ResolvedMethodDeclaration method) {
        return memo("propagator", method,
                () -> inHierarchy(method, m -> Optional.empty(), RoleDeclarations::propagator));
    }

    /**
     * The {@code @DataUse} role of a method, declared on it, on a method it overrides, or on its type.
     *
     * @param caller the calling method, for policy entries that apply to some callers only
     */
    public Optional<Roles.Sink> sinkOf(ResolvedMethodDeclaration method, Optional<MemberRef> caller) {
        return memo("sink " + caller.map(MemberRef::toString).orElse(""), method,
                () -> inHierarchy(method, SourceAnnotations::sink, (d, m) -> d.sink(m, caller)));
    }

    /** The {@code @ConsentCheck} role of a method (a record accessor: of its component). */
    public Optional<Roles.Check> checkOf(ResolvedMethodDeclaration method) {
        return memo("check", method, () -> inHierarchy(method, SourceAnnotations::check, RoleDeclarations::check))
                .or(() -> recordComponent(method).flatMap(SourceAnnotations::check));
    }

    /** The component of a record in the sources that a parameterless method of the same name reads. */
    private static Optional<Parameter> recordComponent(ResolvedMethodDeclaration method) {
        try {
            if (method.getNumberOfParams() != 0) {
                return Optional.empty();
            }
            return method.declaringType().toAst()
                    .filter(n -> n instanceof RecordDeclaration)
                    .flatMap(n -> ((RecordDeclaration) n).getParameterByName(method.getName()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The {@code @ConsentCheck} role of a {@code boolean} field. */
    public Optional<Roles.Check> checkOf(ResolvedValueDeclaration field) {
        return ofField(field, SourceAnnotations::check, RoleDeclarations::check);
    }

    /** Whether the method, or one it overrides, is an {@code @Anonymizer}. */
    public boolean isAnonymizer(ResolvedMethodDeclaration method) {
        return memo("anonymizer", method, () -> inHierarchy(method,
                m -> SourceAnnotations.anonymizer(m) ? Optional.of(true) : Optional.<Boolean>empty(),
                (d, m) -> d.anonymizer(m) ? Optional.of(true) : Optional.empty())).isPresent();
    }

    /** The {@code @DataUse} annotation of a type declared in the sources, for declaration rules. */
    public Optional<Roles.Sink> declaredSink(TypeDeclaration<?> type) {
        return SourceAnnotations.declaredSink(type);
    }

    /** The {@code @DataUse} annotation of a method declared in the sources, for declaration rules. */
    public Optional<Roles.Sink> declaredSink(MethodDeclaration method) {
        return SourceAnnotations.declaredSink(method);
    }

    /** The member a resolved method is, as declarations outside the sources name it. */
    public static Optional<MemberRef> memberOf(ResolvedMethodDeclaration method) {
        try {
            List<String> parameters = new ArrayList<>();
            for (int i = 0; i < method.getNumberOfParams(); i++) {
                parameters.add(erased(method.getParam(i).getType()));
            }
            return Optional.of(MemberRef.method(method.declaringType().getQualifiedName(), method.getName(),
                    parameters));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String erased(ResolvedType type) {
        if (type.isTypeVariable()) {
            return type.asTypeParameter().getBounds().stream().filter(b -> b.isExtends())
                    .findFirst().map(b -> erased(b.getType())).orElse("java.lang.Object");
        }
        return type.erasure().describe().replace("...", "[]");
    }

    private <T> Optional<T> ofField(ResolvedValueDeclaration field,
            Function<NodeWithAnnotations<?>, Optional<T>> inSource,
            BiFunction<RoleDeclarations, MemberRef, Optional<T>> outside) {
        Optional<NodeWithAnnotations<?>> node = annotated(field);
        if (node.isPresent()) {
            Optional<T> role = inSource.apply(node.get());
            if (role.isPresent()) {
                return role;
            }
        }
        if (!field.isField()) {
            return Optional.empty();
        }
        MemberRef member;
        try {
            member = MemberRef.field(field.asField().declaringType().getQualifiedName(), field.getName());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return ask(member, outside);
    }

    /**
     * Answers one question about a method once: roles are asked at every call, and a policy file's
     * patterns or a hierarchy walk are too slow to repeat.
     */
    @SuppressWarnings("unchecked")
    private <T> Optional<T> memo(String question, ResolvedMethodDeclaration method, Supplier<Optional<T>> answer) {
        String key;
        try {
            key = question + " " + method.getQualifiedSignature();
        } catch (RuntimeException e) {
            return answer.get();
        }
        Optional<?> known = answers.get(key);
        if (known == null) {
            known = answer.get();
            answers.put(key, known);
        }
        return (Optional<T>) known;
    }

    private <T> Optional<T> inHierarchy(ResolvedMethodDeclaration method,
            Function<MethodDeclaration, Optional<T>> inSource,
            BiFunction<RoleDeclarations, MemberRef, Optional<T>> outside) {
        for (ResolvedMethodDeclaration m : hierarchy(method)) {
            Optional<T> role = declaration(m).flatMap(inSource);
            if (role.isEmpty()) {
                role = memberOf(m).flatMap(ref -> ask(ref, outside));
            }
            if (role.isPresent()) {
                return role;
            }
        }
        return Optional.empty();
    }

    private <T> Optional<T> ask(MemberRef member,
            BiFunction<RoleDeclarations, MemberRef, Optional<T>> outside) {
        for (RoleDeclarations d : declarations) {
            Optional<T> role = outside.apply(d, member);
            if (role.isPresent()) {
                return role;
            }
        }
        return Optional.empty();
    }

    /** A field's declaration in the sources, as an annotated node. */
    private static Optional<NodeWithAnnotations<?>> annotated(ResolvedValueDeclaration value) {
        Optional<Node> ast;
        try {
            ast = value.toAst();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return ast.map(n -> n instanceof VariableDeclarator v ? v.getParentNode().orElse(v) : n)
                .filter(n -> n instanceof FieldDeclaration || n instanceof Parameter)
                .map(n -> (NodeWithAnnotations<?>) n);
    }

    /** The method and every method it overrides or implements, nearest first. */
    private List<ResolvedMethodDeclaration> hierarchy(ResolvedMethodDeclaration method) {
        String key;
        try {
            key = method.getQualifiedSignature();
        } catch (RuntimeException e) {
            return collectHierarchy(method);
        }
        return hierarchies.computeIfAbsent(key, k -> collectHierarchy(method));
    }

    private static List<ResolvedMethodDeclaration> collectHierarchy(ResolvedMethodDeclaration method) {
        List<ResolvedMethodDeclaration> found = new ArrayList<>();
        found.add(method);
        for (ResolvedReferenceType ancestor : ancestors(method)) {
            ancestor.getTypeDeclaration().ifPresent(type -> {
                for (ResolvedMethodDeclaration candidate : declaredMethods(type)) {
                    if (overrides(method, candidate)) {
                        found.add(candidate);
                    }
                }
            });
        }
        return found;
    }

    private static Optional<MethodDeclaration> declaration(ResolvedMethodDeclaration method) {
        try {
            return method.toAst().filter(n -> n instanceof MethodDeclaration).map(n -> (MethodDeclaration) n);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<ResolvedReferenceType> ancestors(ResolvedMethodDeclaration method) {
        try {
            return method.declaringType().getAllAncestors();
        } catch (RuntimeException e) {
            // An ancestor outside sources and classpath: roles declared there cannot be seen.
            return List.of();
        }
    }

    private static List<ResolvedMethodDeclaration> declaredMethods(ResolvedReferenceTypeDeclaration type) {
        try {
            return List.copyOf(type.getDeclaredMethods());
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** Whether {@code method} overrides or implements {@code candidate} (same name, matching parameters). */
    public static boolean overrides(ResolvedMethodDeclaration method, ResolvedMethodDeclaration candidate) {
        if (!candidate.getName().equals(method.getName())
                || candidate.getNumberOfParams() != method.getNumberOfParams()) {
            return false;
        }
        for (int i = 0; i < method.getNumberOfParams(); i++) {
            if (!sameErasure(method.getParam(i), candidate.getParam(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parameter types match when equal, or when the overridden one is a type variable (generics). A type
     * that cannot be resolved (not in the sources nor on the classpath) matches: the names already do.
     */
    private static boolean sameErasure(ResolvedParameterDeclaration a, ResolvedParameterDeclaration b) {
        try {
            ResolvedType overridden = b.getType();
            return overridden.isTypeVariable()
                    || a.getType().erasure().describe().equals(overridden.erasure().describe());
        } catch (RuntimeException e) {
            return true;
        }
    }
}
