package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import dev.consentflow.analyzer.frontend.AstNodes;
import dev.consentflow.analyzer.frontend.Resolver;
import dev.consentflow.analyzer.frontend.SourceFile;
import dev.consentflow.analyzer.frontend.UnitMemo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who calls whom among the methods declared in the sources, by the statically resolved target of each
 * call and method reference; and which methods' callers are trusted to check consent (DESIGN §1 "Where a
 * finding stands"): a private or package-private method with at least one call site outside its own
 * recursive cycle. A call outside any method (a field initializer) counts as a call site from outside.
 * Calls are resolved on demand, when a method's callers or callees are first asked for: only the call
 * sites named like the method, and only the calls inside the methods a cycle check walks through.
 */
final class CallGraph {
    /** Stands for "no enclosing method", e.g. a field initializer. */
    private static final Node OUTSIDE = new com.github.javaparser.ast.expr.NullLiteralExpr();

    private final List<SourceFile> files;
    private final Resolver resolver;
    private final ClassHierarchy hierarchy;
    /** Per unit: method name → the calls and method references of that name in it. */
    private static final UnitMemo<Map<String, List<Node>>> SITES = new UnitMemo<>(CallGraph::sitesIn) {};
    private final Map<Node, List<MethodDeclaration>> targets = new IdentityHashMap<>();
    private final Map<Node, Set<Node>> callees = new IdentityHashMap<>();
    private final Map<Node, Boolean> trusted = new IdentityHashMap<>();

    private final boolean trustAll;

    /**
     * @param hierarchy where a call on an abstract or interface method dispatches: each implementation
     *     counts as called from that site
     * @param trustAll {@code rules.trustCallers: all}: public and protected methods' callers are trusted too
     */
    CallGraph(List<SourceFile> files, Resolver resolver, ClassHierarchy hierarchy, boolean trustAll) {
        this.files = files;
        this.resolver = resolver;
        this.hierarchy = hierarchy;
        this.trustAll = trustAll;
    }

    /** The calls and method references named {@code name}, anywhere in the sources. */
    private List<Node> sitesNamed(String name) {
        List<Node> sites = new ArrayList<>();
        files.forEach(file -> sites.addAll(SITES.of(file.unit()).getOrDefault(name, List.of())));
        return sites;
    }

    private static Map<String, List<Node>> sitesIn(CompilationUnit unit) {
        Map<String, List<Node>> sites = new HashMap<>();
        unit.walk(node -> {
            if (node instanceof MethodCallExpr call) {
                sites.computeIfAbsent(call.getNameAsString(), k -> new ArrayList<>()).add(call);
            } else if (node instanceof MethodReferenceExpr ref) {
                sites.computeIfAbsent(ref.getIdentifier(), k -> new ArrayList<>()).add(ref);
            }
        });
        return sites;
    }

    /** The source methods a call or method reference may run (implementations of an abstract one too). */
    private List<MethodDeclaration> targets(Node site) {
        return targets.computeIfAbsent(site, s -> {
            List<MethodDeclaration> found = new ArrayList<>();
            if (s instanceof MethodCallExpr call) {
                Optional<ResolvedMethodDeclaration> target = resolver.method(call);
                Optional<MethodDeclaration> callee = target.flatMap(CallGraph::declaration);
                callee.ifPresent(found::add);
                if (target.isPresent() && callee.flatMap(MethodDeclaration::getBody).isEmpty()) {
                    for (ResolvedMethodDeclaration impl : hierarchy.implementations(target.get(), call.getScope())) {
                        declaration(impl).ifPresent(found::add);
                    }
                }
            } else {
                resolver.method((MethodReferenceExpr) s).flatMap(CallGraph::declaration).ifPresent(found::add);
            }
            return found;
        });
    }

    /** The methods (or {@link #OUTSIDE}) whose code calls {@code method}. */
    private Set<Node> callers(CallableDeclaration<?> method) {
        Set<Node> callers = Collections.newSetFromMap(new IdentityHashMap<>());
        if (method instanceof MethodDeclaration) {
            for (Node site : sitesNamed(method.getNameAsString())) {
                if (targets(site).stream().anyMatch(t -> t == method)) {
                    callers.add(enclosing(site));
                }
            }
        }
        return callers;
    }

    /** The source methods the code of {@code caller} calls (not counting its local and anonymous classes). */
    private Set<Node> callees(Node caller) {
        return callees.computeIfAbsent(caller, c -> {
            Set<Node> found = Collections.newSetFromMap(new IdentityHashMap<>());
            List<Node> sites = new ArrayList<>(c.findAll(MethodCallExpr.class));
            sites.addAll(c.findAll(MethodReferenceExpr.class));
            for (Node site : sites) {
                if (enclosing(site) == c) {
                    found.addAll(targets(site));
                }
            }
            return found;
        });
    }

    private static Node enclosing(Node site) {
        return AstNodes.enclosing(site, CallableDeclaration.class).<Node>map(c -> c).orElse(OUTSIDE);
    }

    /** The source declaration of a resolved method, if it is in the sources. */
    static Optional<MethodDeclaration> declaration(ResolvedMethodDeclaration method) {
        try {
            return method.toAst().filter(n -> n instanceof MethodDeclaration).map(n -> (MethodDeclaration) n);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether findings of {@code method}'s uses stand at its call sites rather than at its sinks. */
    boolean callersTrusted(CallableDeclaration<?> method) {
        return trusted.computeIfAbsent(method, m -> {
            if (!trustAll && !restricted(method)) {
                return false;
            }
            for (Node caller : callers(method)) {
                if (caller != method && !reaches(method, caller)) {
                    return true;
                }
            }
            return false;
        });
    }

    private static boolean restricted(CallableDeclaration<?> method) {
        if (method.isPublic() || method.isProtected()) {
            return false;
        }
        boolean inInterface = method.getParentNode()
                .filter(p -> p instanceof ClassOrInterfaceDeclaration c && c.isInterface()).isPresent();
        return !inInterface;
    }

    private boolean reaches(Node from, Node to) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> work = new ArrayDeque<>();
        work.add(from);
        while (!work.isEmpty()) {
            Node n = work.pop();
            for (Node next : callees(n)) {
                if (next == to) {
                    return true;
                }
                if (seen.add(next)) {
                    work.push(next);
                }
            }
        }
        return false;
    }
}
