package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import dev.consentflow.analyzer.frontend.Resolver;
import dev.consentflow.analyzer.frontend.SourceFile;
import dev.consentflow.analyzer.frontend.UnitTypes;
import dev.consentflow.analyzer.policy.RoleIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Class hierarchy analysis over the sources: the implementations a call on an interface or abstract
 * method may reach, narrowed when the receiver's allocation type is known (a local or a {@code final}
 * field initialized with {@code new T(..)} only dispatches to {@code T}'s method).
 */
final class ClassHierarchy {
    private final List<SourceFile> files;
    private final Resolver resolver;
    /** Qualified type name → the source types that extend or implement it, directly or not. */
    private Map<String, List<TypeDeclaration<?>>> subtypes;
    /** Qualified signature → the implementations a call with an unknown receiver may reach. */
    private final Map<String, List<ResolvedMethodDeclaration>> byMethod = new HashMap<>();
    /** Qualified name → the enums of the sources, whose constants' bodies implement their methods. */
    private final Map<String, EnumDeclaration> enums = new HashMap<>();
    /** Qualified type name → its own name and all its ancestors' names. */
    private final Map<String, Set<String>> ancestors = new HashMap<>();

    ClassHierarchy(List<SourceFile> files, Resolver resolver) {
        this.files = files;
        this.resolver = resolver;
    }

    /**
     * The hierarchy of {@code files}, which declare the same types with the same supertypes as this one's
     * (an edit changed only members' code): the ancestors resolved so far are kept, and which types
     * extend which, with the types of the edited files in {@code replaced} (old → new).
     */
    /**
     * The hierarchy of {@code files}, in which the types named {@code reshaped} (qualified) were declared,
     * removed or given other supertypes: the ancestors resolved so far are kept for the other types.
     */
    ClassHierarchy without(Set<String> reshaped, List<SourceFile> files, Resolver resolver) {
        ClassHierarchy next = new ClassHierarchy(files, resolver);
        ancestors.forEach((name, all) -> {
            if (!reshaped.contains(name) && all.stream().noneMatch(reshaped::contains)) {
                next.ancestors.put(name, all);
            }
        });
        return next;
    }

    ClassHierarchy over(List<SourceFile> files, Resolver resolver,
            Map<TypeDeclaration<?>, TypeDeclaration<?>> replaced) {
        ClassHierarchy next = new ClassHierarchy(files, resolver);
        next.ancestors.putAll(ancestors);
        if (subtypes != null) {
            next.subtypes = new HashMap<>();
            subtypes.forEach((name, types) -> next.subtypes.put(name,
                    types.stream().<TypeDeclaration<?>>map(t -> replaced.getOrDefault(t, t)).toList()));
            enums.forEach((name, e) -> next.enums.put(name, (EnumDeclaration) replaced.getOrDefault(e, e)));
        }
        return next;
    }

    /**
     * The source methods that override {@code method} in subtypes of its type, or, when the receiver was
     * allocated as a known type, the one that type runs.
     */
    List<ResolvedMethodDeclaration> implementations(ResolvedMethodDeclaration method, Optional<Expression> receiver) {
        Optional<String> allocated = receiver.flatMap(this::allocatedType);
        if (allocated.isPresent()) {
            return overridesIn(method, allocated);
        }
        String key;
        try {
            key = method.getQualifiedSignature();
        } catch (RuntimeException e) {
            return overridesIn(method, allocated);
        }
        return byMethod.computeIfAbsent(key, k -> overridesIn(method, Optional.empty()));
    }

    /** The overrides in subtypes, or in the allocated type's ancestry when it is known. */
    private List<ResolvedMethodDeclaration> overridesIn(ResolvedMethodDeclaration method,
            Optional<String> allocated) {
        String owner;
        try {
            // Only abstract and interface methods dispatch: a concrete one (Object.toString) would fan
            // out to every class that overrides it.
            if (!method.isAbstract() && allocated.isEmpty()) {
                return List.of();
            }
            owner = method.declaringType().getQualifiedName();
        } catch (RuntimeException e) {
            return List.of();
        }
        List<ResolvedMethodDeclaration> found = new ArrayList<>();
        for (TypeDeclaration<?> type : subtypes().getOrDefault(owner, List.of())) {
            String name = type.getFullyQualifiedName().orElse("");
            if (allocated.isPresent() && !ancestorsOf(allocated.get()).contains(name)) {
                continue;
            }
            for (MethodDeclaration candidate : type.getMethodsByName(method.getName())) {
                if (candidate.getBody().isPresent()) {
                    resolver.declaration(candidate).filter(c -> RoleIndex.overrides(c, method)).ifPresent(found::add);
                }
            }
        }
        enumConstantBodies(owner, method).forEach(found::add);
        return allocated.isPresent() ? mostSpecific(found, allocated.get()) : found;
    }

    /**
     * The override a call runs when its receiver was allocated as a known subtype
     * ({@code Greeter g = new PersonalGreeter(); g.greet(c)} runs {@code PersonalGreeter.greet}).
     */
    Optional<ResolvedMethodDeclaration> override(ResolvedMethodDeclaration method, Optional<Expression> receiver) {
        if (receiver.flatMap(this::allocatedType).isEmpty()) {
            return Optional.empty();
        }
        return implementations(method, receiver).stream().findFirst();
    }

    /** An abstract method of an enum is implemented by its constants' bodies. */
    private List<ResolvedMethodDeclaration> enumConstantBodies(String owner, ResolvedMethodDeclaration method) {
        subtypes();
        EnumDeclaration e = enums.get(owner);
        if (e == null) {
            return List.of();
        }
        List<ResolvedMethodDeclaration> found = new ArrayList<>();
        for (EnumConstantDeclaration constant : e.getEntries()) {
            for (BodyDeclaration<?> member : constant.getClassBody()) {
                if (member instanceof MethodDeclaration m && m.getNameAsString().equals(method.getName())
                        && m.getParameters().size() == method.getNumberOfParams() && m.getBody().isPresent()) {
                    resolver.declaration(m).ifPresent(found::add);
                }
            }
        }
        return found;
    }

    /** Of the implementations an allocated type inherits, the one declared nearest to it. */
    private List<ResolvedMethodDeclaration> mostSpecific(List<ResolvedMethodDeclaration> found, String allocated) {
        ResolvedMethodDeclaration best = null;
        int bestDepth = Integer.MAX_VALUE;
        for (ResolvedMethodDeclaration m : found) {
            int depth = ancestorsOf(m.declaringType().getQualifiedName()).size();
            int distance = ancestorsOf(allocated).size() - depth;
            if (distance < bestDepth) {
                best = m;
                bestDepth = distance;
            }
        }
        return best == null ? List.of() : List.of(best);
    }

    /** {@code new T(..)} that initialized the receiver, when it is a local or a final field. */
    private Optional<String> allocatedType(Expression receiver) {
        Optional<ResolvedValueDeclaration> value = receiver instanceof NameExpr n ? resolver.value(n)
                : receiver instanceof FieldAccessExpr f ? resolver.value(f) : Optional.empty();
        Optional<Node> declaration = value.flatMap(v -> {
            try {
                return v.toAst();
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
        Optional<VariableDeclarator> declarator = declaration.flatMap(d -> variable(d, value.get().getName()));
        if (declarator.isEmpty()) {
            return Optional.empty();
        }
        VariableDeclarator variable = declarator.get();
        boolean reassignable = variable.getParentNode()
                .filter(p -> p instanceof FieldDeclaration f && !f.isFinal()).isPresent();
        if (reassignable || variable.getInitializer().isEmpty()
                || !(variable.getInitializer().get() instanceof ObjectCreationExpr creation)) {
            return Optional.empty();
        }
        return resolver.type(creation).filter(t -> t.isReferenceType())
                .map(t -> t.asReferenceType().getQualifiedName());
    }

    /** JavaParser answers with the declarator, or with the whole field or local declaration. */
    private static Optional<VariableDeclarator> variable(Node declaration, String name) {
        if (declaration instanceof VariableDeclarator v) {
            return Optional.of(v);
        }
        List<VariableDeclarator> variables = declaration instanceof FieldDeclaration f ? f.getVariables()
                : declaration instanceof VariableDeclarationExpr e ? e.getVariables() : List.of();
        return variables.stream().filter(v -> v.getNameAsString().equals(name)).findFirst();
    }

    private Map<String, List<TypeDeclaration<?>>> subtypes() {
        if (subtypes == null) {
            subtypes = new HashMap<>();
            for (SourceFile file : files) {
                for (TypeDeclaration<?> type : UnitTypes.of(file.unit())) {
                    Optional<String> name = type.getFullyQualifiedName();
                    if (name.isEmpty()) {
                        continue;
                    }
                    if (type instanceof EnumDeclaration e) {
                        enums.put(name.get(), e);
                    }
                    for (String ancestor : ancestorsOf(type)) {
                        if (!ancestor.equals(name.get())) {
                            subtypes.computeIfAbsent(ancestor, k -> new ArrayList<>()).add(type);
                        }
                    }
                }
            }
        }
        return subtypes;
    }

    private Set<String> ancestorsOf(TypeDeclaration<?> type) {
        String name = type.getFullyQualifiedName().orElse("");
        Set<String> known = ancestors.get(name);
        if (known != null) {
            return known;
        }
        Set<String> all = new HashSet<>();
        all.add(name);
        try {
            ResolvedReferenceTypeDeclaration resolved = type.resolve();
            for (ResolvedReferenceType ancestor : resolved.getAllAncestors()) {
                all.add(ancestor.getQualifiedName());
            }
        } catch (RuntimeException | StackOverflowError e) {
            // An ancestor outside sources and classpath: the ones found so far still count.
        }
        ancestors.put(name, all);
        return all;
    }

    /** The qualified names of a source type and of all its ancestors; for a library type, its own name only. */
    Set<String> ancestorsOf(String qualifiedName) {
        subtypes();
        return ancestors.getOrDefault(qualifiedName, Set.of(qualifiedName));
    }
}
