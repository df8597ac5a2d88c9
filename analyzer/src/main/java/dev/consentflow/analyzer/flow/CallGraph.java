package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import dev.consentflow.analyzer.frontend.AstNodes;
import dev.consentflow.analyzer.AnalysisListener;
import dev.consentflow.analyzer.frontend.Resolver;
import dev.consentflow.analyzer.frontend.SourceFile;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
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
 */
final class CallGraph {
    /** Stands for "no enclosing method", e.g. a field initializer. */
    private static final Node OUTSIDE = new com.github.javaparser.ast.expr.NullLiteralExpr();

    private final Map<Node, Set<Node>> callers = new IdentityHashMap<>();
    private final Map<Node, Set<Node>> callees = new IdentityHashMap<>();
    private final Map<Node, Boolean> trusted = new IdentityHashMap<>();

    private final boolean trustAll;

    /**
     * @param hierarchy where a call on an abstract or interface method dispatches: each implementation
     *     counts as called from that site
     * @param trustAll {@code rules.trustCallers: all}: public and protected methods' callers are trusted too
     * @param listener hears of each file whose calls are resolved
     */
    CallGraph(List<SourceFile> files, Resolver resolver, ClassHierarchy hierarchy, boolean trustAll,
            AnalysisListener listener) {
        this.trustAll = trustAll;
        listener.planned(AnalysisListener.Phase.CALL_GRAPH, files.size());
        for (SourceFile file : files) {
            for (MethodCallExpr call : file.unit().findAll(MethodCallExpr.class)) {
                Optional<ResolvedMethodDeclaration> target = resolver.method(call);
                Optional<MethodDeclaration> callee = target.flatMap(CallGraph::declaration);
                callee.ifPresent(c -> add(call, c));
                if (target.isPresent() && callee.flatMap(MethodDeclaration::getBody).isEmpty()) {
                    for (ResolvedMethodDeclaration impl : hierarchy.implementations(target.get(), call.getScope())) {
                        declaration(impl).ifPresent(c -> add(call, c));
                    }
                }
            }
            for (MethodReferenceExpr ref : file.unit().findAll(MethodReferenceExpr.class)) {
                resolver.method(ref).flatMap(CallGraph::declaration).ifPresent(callee -> add(ref, callee));
            }
            listener.worked(AnalysisListener.Phase.CALL_GRAPH, 1);
        }
    }

    private void add(Node site, Node callee) {
        Node caller = enclosing(site);
        callers.computeIfAbsent(callee, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(caller);
        callees.computeIfAbsent(caller, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(callee);
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
            for (Node caller : callers.getOrDefault(method, Set.of())) {
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
            for (Node next : callees.getOrDefault(n, Set.of())) {
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
