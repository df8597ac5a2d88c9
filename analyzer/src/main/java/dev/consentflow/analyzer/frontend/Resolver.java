package dev.consentflow.analyzer.frontend;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.MethodUsage;
import com.github.javaparser.resolution.declarations.ResolvedConstructorDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Resolves symbols through JavaParser's solver, once per AST node: every answer, including "could not
 * resolve", is memoized, and no exception of the solver escapes (an unresolved symbol only means a flow
 * through it may be missed).
 */
public final class Resolver {
    /** One cache per kind of question: one node can be asked for its declaration and for its type. */
    private final Map<Node, Optional<?>> declarations = new IdentityHashMap<>();
    private final Map<Node, Optional<?>> types = new IdentityHashMap<>();
    /** A call's final answer, fallback included: the fallback lists every inherited method, which is costly. */
    private final Map<MethodCallExpr, Optional<ResolvedMethodDeclaration>> calls = new IdentityHashMap<>();
    /** Hears of every method, field and name resolved, memoized or not. */
    private Consumer<Node> observer = site -> { };
    /** Owner type, method name and arity → the fallback's answer, shared by every call of that shape. */
    private final Map<String, Optional<ResolvedMethodDeclaration>> byOwnerNameAndArity = new HashMap<>();
    private int unresolved;
    private Node firstUnresolved;
    /** The units of the nodes resolved: where JavaParser may have stored answers in the nodes' data. */
    private final Set<CompilationUnit> touched = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * Tells {@code observer} of every call, method reference, field access and name resolved from now on,
     * each time it is asked for (the flow analysis records which code's answers depend on which members).
     */
    public void observe(Consumer<Node> observer) {
        this.observer = observer;
    }

    /**
     * The method a call targets. When JavaParser cannot resolve the call (typically an argument whose
     * type is unknown, with no classpath), the receiver type's only method of that name and arity is
     * taken, so that one unknown argument does not hide a sink.
     */
    public Optional<ResolvedMethodDeclaration> method(MethodCallExpr call) {
        observer.accept(call);
        Optional<ResolvedMethodDeclaration> known = calls.get(call);
        if (known == null) {
            Optional<ResolvedMethodDeclaration> resolved = memo(declarations, call, () -> declared(call.resolve()));
            known = resolved.isPresent() ? resolved : byNameAndArity(call).map(Resolver::declared);
            calls.put(call, known);
        }
        return known;
    }

    private Optional<ResolvedMethodDeclaration> byNameAndArity(MethodCallExpr call) {
        Optional<ResolvedReferenceTypeDeclaration> owner = call.getScope()
                .map(scope -> type(scope).flatMap(Resolver::declarationOf))
                .orElseGet(() -> AstNodes.enclosing(call, TypeDeclaration.class)
                        .flatMap(t -> memo(declarations, t, t::resolve)));
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        String key;
        try {
            key = owner.get().getQualifiedName() + "#" + call.getNameAsString() + "/" + call.getArguments().size();
        } catch (RuntimeException e) {
            return onlyByNameAndArity(owner.get(), call.getNameAsString(), call.getArguments().size());
        }
        return byOwnerNameAndArity.computeIfAbsent(key,
                k -> onlyByNameAndArity(owner.get(), call.getNameAsString(), call.getArguments().size()));
    }

    /** The owner's one method (declared or inherited) of that name accepting that many arguments. */
    private static Optional<ResolvedMethodDeclaration> onlyByNameAndArity(ResolvedReferenceTypeDeclaration owner,
            String name, int arguments) {
        Map<String, ResolvedMethodDeclaration> candidates = new TreeMap<>();
        try {
            for (MethodUsage usage : owner.getAllMethods()) {
                ResolvedMethodDeclaration m = usage.getDeclaration();
                if (m.getName().equals(name) && accepts(m, arguments)) {
                    candidates.put(m.getQualifiedSignature(), m);
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
        return candidates.size() == 1 ? Optional.of(candidates.values().iterator().next()) : Optional.empty();
    }

    private static boolean accepts(ResolvedMethodDeclaration m, int arguments) {
        int params = m.getNumberOfParams();
        return params == arguments || m.hasVariadicParameter() && arguments >= params - 1;
    }

    public Optional<ResolvedMethodDeclaration> method(MethodReferenceExpr reference) {
        observer.accept(reference);
        return memo(declarations, reference, () -> declared(reference.resolve()));
    }

    /**
     * JavaParser gives a record an implicit accessor for each component even when the record declares that
     * accessor itself, and resolves a call to either, run by run: the declared one is the method that runs
     * (JLS §8.10.3).
     */
    private static ResolvedMethodDeclaration declared(ResolvedMethodDeclaration method) {
        if (method.getNumberOfParams() != 0) {
            return method;
        }
        try {
            if (method.toAst().filter(n -> n instanceof MethodDeclaration).isPresent()) {
                return method;
            }
            return method.declaringType().toAst().filter(n -> n instanceof RecordDeclaration)
                    .flatMap(r -> ((RecordDeclaration) r).getMethodsByName(method.getName()).stream()
                            .filter(m -> m.getParameters().isEmpty()).findFirst())
                    .map(MethodDeclaration::resolve).orElse(method);
        } catch (RuntimeException e) {
            return method;
        }
    }

    public Optional<ResolvedConstructorDeclaration> constructor(ObjectCreationExpr creation) {
        return memo(declarations, creation, creation::resolve);
    }

    public Optional<ResolvedMethodDeclaration> declaration(MethodDeclaration method) {
        return memo(declarations, method, method::resolve);
    }

    /**
     * The declaration a name refers to: a local, a parameter or a field. A type name in scope position
     * ({@code Math} in {@code Math.abs(x)}, JLS 6.5.2) has none: it is empty, and not counted as unresolved.
     */
    public Optional<ResolvedValueDeclaration> value(NameExpr name) {
        observer.accept(name);
        if (!declarations.containsKey(name) && namesType(name)) {
            declarations.put(name, Optional.empty());
        }
        return memo(declarations, name, name::resolve);
    }

    /** Whether the name is the scope of a static member access that resolves: then it names the member's type. */
    private boolean namesType(NameExpr name) {
        Optional<Node> parent = name.getParentNode();
        if (parent.isPresent() && parent.get() instanceof MethodCallExpr call
                && call.getScope().filter(s -> s == name).isPresent()) {
            return method(call).filter(ResolvedMethodDeclaration::isStatic).isPresent();
        }
        if (parent.isPresent() && parent.get() instanceof FieldAccessExpr access && access.getScope() == name) {
            return memo(declarations, access, access::resolve)
                    .filter(v -> v.isField() && v.asField().isStatic()).isPresent();
        }
        return false;
    }

    /**
     * The field an access reads. JavaParser cannot resolve a field through a type variable
     * ({@code <T extends Customer> t.email}) or some wildcard types: then the field is looked up in the
     * scope's type, or in the first bound of a type variable.
     */
    public Optional<ResolvedValueDeclaration> value(FieldAccessExpr access) {
        observer.accept(access);
        Optional<ResolvedValueDeclaration> resolved = memo(declarations, access, access::resolve);
        if (resolved.isPresent()) {
            return resolved;
        }
        return type(access.getScope()).flatMap(Resolver::declarationOf).flatMap(type -> {
            try {
                return Optional.<ResolvedValueDeclaration>of(type.getField(access.getNameAsString()));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<ResolvedReferenceTypeDeclaration> declarationOf(ResolvedType type) {
        try {
            if (type.isTypeVariable()) {
                return type.asTypeParameter().getBounds().stream().filter(b -> b.isExtends()).findFirst()
                        .flatMap(b -> declarationOf(b.getType()));
            }
            if (type.isWildcard() && type.asWildcard().isBounded()) {
                return declarationOf(type.asWildcard().getBoundedType());
            }
            return type.isReferenceType() ? type.asReferenceType().getTypeDeclaration() : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public Optional<ResolvedType> type(Expression expression) {
        return memo(types, expression, expression::calculateResolvedType);
    }

    /** A type as written in a declaration (a parameter's, a field's). */
    public Optional<ResolvedType> type(Type type) {
        return memo(types, type, type::resolve);
    }

    /** The compilation units of every node resolved so far ({@link ParsedFiles#resolvedOnlyIn}). */
    public Set<CompilationUnit> touchedUnits() {
        return Collections.unmodifiableSet(touched);
    }

    /** The first node that could not be resolved, if any. */
    public Optional<Node> firstUnresolved() {
        return Optional.ofNullable(firstUnresolved);
    }

    /** How many symbols could not be resolved so far; type names in scope position are not among them. */
    public int unresolvedCount() {
        return unresolved;
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> memo(Map<Node, Optional<?>> cache, Node node, Supplier<T> resolution) {
        Optional<?> known = cache.get(node);
        if (known != null) {
            return (Optional<T>) known;
        }
        node.findCompilationUnit().ifPresent(touched::add);
        Optional<T> result;
        try {
            result = Optional.ofNullable(resolution.get());
        } catch (RuntimeException | StackOverflowError e) {
            // JavaParser signals unsolved symbols, unsupported constructs and its own bugs alike by throwing.
            unresolved++;
            if (firstUnresolved == null) {
                firstUnresolved = node;
            }
            result = Optional.empty();
        }
        cache.put(node, result);
        return result;
    }
}
