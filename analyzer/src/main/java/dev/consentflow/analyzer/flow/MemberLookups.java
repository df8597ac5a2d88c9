package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.consentflow.analyzer.frontend.Resolver;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the analysis of each method, constructor or initializer looked members up, by member name: for each
 * call, method reference, field access or simple name it resolved, the qualified name of the type the lookup
 * started from (the receiver's or the object's static type, or the classes around an unqualified name), or
 * {@link #UNKNOWN}. Java finds a method or field among the members of that type and its supertypes, and a
 * call dispatches to the overrides in its subtypes (JLS §6.5, §15.12): a declaration added, removed or
 * changed in type {@code T} can change what the analysis resolved only where a lookup of its name started
 * from {@code T}, a supertype or a subtype of {@code T}. {@link FlowEngine#update} analyzes again only that
 * code, rather than all code that mentions the name.
 */
final class MemberLookups {
    /** A lookup whose start is not known: a method reference, a static import, a receiver of unknown type. */
    private static final String UNKNOWN = "";

    private final Map<Node, Map<String, Set<String>>> byCode = new IdentityHashMap<>();
    private final Map<String, Set<Node>> byName = new HashMap<>();
    /** Where each site's lookup starts, as the current analysis's resolver answers (a loop asks again). */
    private final Map<Node, List<String>> startsOf = new IdentityHashMap<>();

    /** A new analysis starts, with a new resolver: it answers where lookups start afresh. */
    void newAnalysis() {
        startsOf.clear();
    }

    /** The analysis of {@code code} resolves {@code site}: a call, a method reference, a field access or a name. */
    void record(Node code, Node site, Resolver resolver) {
        String name = site instanceof MethodCallExpr call ? call.getNameAsString()
                : site instanceof MethodReferenceExpr reference ? reference.getIdentifier()
                : site instanceof FieldAccessExpr access ? access.getNameAsString()
                : ((NameExpr) site).getNameAsString();
        Set<String> types = byCode.computeIfAbsent(code, k -> new HashMap<>())
                .computeIfAbsent(name, k -> new HashSet<>());
        if (types.isEmpty()) {
            byName.computeIfAbsent(name, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(code);
        }
        if (!types.contains(UNKNOWN)) {
            types.addAll(startsOf.computeIfAbsent(site, k -> starts(site, resolver)));
        }
    }

    /** Forgets what {@code code}'s analysis looked up: it is analyzed again, or gone. */
    void forget(Node code) {
        Map<String, Set<String>> names = byCode.remove(code);
        if (names != null) {
            names.keySet().forEach(name -> byName.get(name).remove(code));
        }
    }

    /**
     * The analyzed code that looked up {@code name} where a member of that name declared in one of
     * {@code types} (qualified names) is found or dispatched to.
     */
    Set<Node> lookingUp(String name, Set<String> types, ClassHierarchy hierarchy) {
        Set<Node> found = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node code : byName.getOrDefault(name, Set.of())) {
            for (String start : byCode.get(code).get(name)) {
                if (start.equals(UNKNOWN) || types.stream().anyMatch(type -> related(start, type, hierarchy))) {
                    found.add(code);
                    break;
                }
            }
        }
        return found;
    }

    private static boolean related(String start, String type, ClassHierarchy hierarchy) {
        return start.equals(type) || hierarchy.ancestorsOf(start).contains(type)
                || hierarchy.ancestorsOf(type).contains(start);
    }

    /** The types a lookup of the site starts from. */
    private static List<String> starts(Node site, Resolver resolver) {
        Optional<Expression> scope = site instanceof MethodCallExpr call ? call.getScope()
                : site instanceof FieldAccessExpr access ? Optional.of(access.getScope()) : Optional.empty();
        if (site instanceof MethodReferenceExpr) {
            return List.of(UNKNOWN);
        }
        if (scope.isPresent()) {
            Optional<ResolvedType> type = resolver.type(scope.get());
            return List.of(type.filter(ResolvedType::isReferenceType)
                    .map(t -> t.asReferenceType().getQualifiedName()).orElse(UNKNOWN));
        }
        boolean staticImports = site.findCompilationUnit().map(CompilationUnit::getImports).orElseThrow()
                .stream().anyMatch(ImportDeclaration::isStatic);
        if (staticImports) {
            return List.of(UNKNOWN);
        }
        // The class around the name, and those around it: an inner class uses its outer classes' members.
        List<String> around = new ArrayList<>();
        for (Node n = site; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
                return List.of(UNKNOWN);
            }
            if (n instanceof TypeDeclaration<?> type) {
                // A local class is looked up in by no qualified name.
                boolean member = type.getParentNode()
                        .filter(p -> p instanceof CompilationUnit || p instanceof TypeDeclaration<?>).isPresent();
                Optional<String> name = type.getFullyQualifiedName().filter(q -> member);
                if (name.isEmpty()) {
                    return List.of(UNKNOWN);
                }
                around.add(name.get());
            }
        }
        return around;
    }
}
