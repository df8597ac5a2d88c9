package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.resolution.declarations.ResolvedConstructorDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import dev.consentflow.analyzer.AnalysisListener;
import dev.consentflow.analyzer.frontend.Resolver;
import dev.consentflow.analyzer.frontend.SourceFile;
import dev.consentflow.analyzer.guard.Consent;
import dev.consentflow.analyzer.guard.Facts;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Location;
import dev.consentflow.analyzer.policy.MemberRef;
import dev.consentflow.analyzer.policy.RoleIndex;
import dev.consentflow.analyzer.rules.FlowRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Runs the flow analysis over every method and constructor in the sources. Each is analyzed once, with
 * its parameters as placeholders; the result is its {@link Summary} for callers and the uses whose
 * findings stand inside it. Uses in a method whose callers are trusted ({@link CallGraph}) and that its
 * own checks do not satisfy are lifted into the summary, to be judged at each call site.
 */
public final class FlowEngine implements Program {
    private final Resolver resolver;
    private final RoleIndex roles;
    private final AnalysisListener listener;
    private final FlowRules rules;
    private final Map<CompilationUnit, Path> paths = new IdentityHashMap<>();
    private final List<SourceFile> files;
    private final CallGraph callGraph;
    private final ClassHierarchy hierarchy;
    private final Slice slice;
    private final Map<Node, Summary> summaries = new IdentityHashMap<>();
    /** The methods being analyzed, outermost first. */
    private final List<Node> inProgress = new ArrayList<>();
    private final Map<Node, Summary> provisional = new IdentityHashMap<>();
    private final Set<Node> reentered = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Node> provisionalUsers = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Re-analyses of one recursive method; past it, the last summary stands (sound for most code). */
    private static final int MAX_RECURSION_ROUNDS = 3;
    private final List<SinkEvent> standing = new ArrayList<>();
    private final FieldStore fieldStore = new FieldStore();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private long steps;
    /** Rounds over the whole program; data stored in fields rarely needs more than a second. */
    private static final int MAX_ROUNDS = 3;

    /**
     * @param files the parsed sources
     * @param resolver the resolver over them
     * @param roles the roles of their members
     * @param rules the rules that decide whether a use is satisfied
     * @param trustAllCallers {@code rules.trustCallers: all}
     * @param listener hears of each file the slice is computed over ({@link AnalysisListener.Phase#SLICE})
     *     and of each file analyzed in a round ({@link AnalysisListener.Phase#FLOW})
     */
    public FlowEngine(List<SourceFile> files, Resolver resolver, RoleIndex roles, FlowRules rules,
            boolean trustAllCallers, AnalysisListener listener) {
        this.files = files;
        this.listener = listener;
        this.resolver = resolver;
        this.roles = roles;
        this.rules = rules;
        files.forEach(f -> paths.put(f.unit(), f.path()));
        this.hierarchy = new ClassHierarchy(files, resolver);
        this.callGraph = new CallGraph(files, resolver, hierarchy, trustAllCallers);
        this.slice = new Slice(files, roles.sourceNames(), listener);
    }

    /**
     * Analyzes every method, constructor and initializer personal data can reach ({@link Slice}; the
     * methods they call are analyzed on demand); returns the uses judged where they are: those whose findings
     * stand there, and those a trusted method's own checks satisfy (flows without a finding). When a
     * round read a field before a later method wrote data into it, the analysis runs again, at most
     * {@link #MAX_ROUNDS} times.
     */
    public List<SinkEvent> run() {
        fieldStore.nextRound();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            summaries.clear();
            standing.clear();
            listener.planned(AnalysisListener.Phase.FLOW, files.size());
            for (SourceFile file : files) {
                for (CallableDeclaration<?> callable : file.unit().findAll(CallableDeclaration.class)) {
                    if (slice.contains(callable)) {
                        summary(callable);
                    }
                }
                for (TypeDeclaration<?> type : file.unit().findAll(TypeDeclaration.class)) {
                    if (!(type instanceof ClassOrInterfaceDeclaration c && c.isLocalClassDeclaration())) {
                        initializers(type);
                    }
                }
                listener.worked(AnalysisListener.Phase.FLOW, 1);
            }
            if (!fieldStore.nextRound()) {
                break;
            }
        }
        return List.copyOf(standing);
    }

    /** Methods that could not be analyzed. */
    public List<Diagnostic> diagnostics() {
        return List.copyOf(new LinkedHashSet<>(diagnostics));
    }

    @Override
    public List<ResolvedMethodDeclaration> implementations(ResolvedMethodDeclaration method,
            Optional<Expression> receiver) {
        return hierarchy.implementations(method, receiver);
    }

    @Override
    public Optional<ResolvedMethodDeclaration> override(ResolvedMethodDeclaration method,
            Optional<Expression> receiver) {
        return hierarchy.override(method, receiver);
    }

    @Override
    public void step() {
        steps++;
    }

    /**
     * Statements and expressions evaluated so far: the measure of the analysis's work, bounded by the
     * program's size times the bounds on loops, recursion and rounds (README, "its limits").
     */
    public long steps() {
        return steps;
    }

    @Override
    public FieldStore fields() {
        return fieldStore;
    }

    @Override
    public Optional<Summary> summaryOf(ResolvedConstructorDeclaration constructor) {
        try {
            return constructor.toAst().filter(n -> n instanceof ConstructorDeclaration)
                    .map(n -> summary((ConstructorDeclaration) n));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public Resolver resolver() {
        return resolver;
    }

    @Override
    public RoleIndex roles() {
        return roles;
    }

    @Override
    public Location location(Node node) {
        Path file = node.findCompilationUnit().map(paths::get).orElse(Path.of("<unknown>"));
        return node.getBegin().map(p -> new Location(file, p.line, p.column)).orElse(new Location(file, 0, 0));
    }

    @Override
    public Optional<Summary> summaryOf(ResolvedMethodDeclaration method) {
        return CallGraph.declaration(method).filter(m -> m.getBody().isPresent()).map(this::summary);
    }

    /**
     * The summary of a method, computed once. Recursion is solved to a fixpoint: an inner call to a
     * method still being analyzed gets its provisional summary (first empty); the method is analyzed again
     * with its new summary until it stops changing, at most {@link #MAX_RECURSION_ROUNDS} times, and the
     * methods analyzed meanwhile are not memoized, since they saw a provisional answer.
     */
    private Summary summary(CallableDeclaration<?> callable) {
        Summary known = summaries.get(callable);
        if (known != null) {
            return known;
        }
        if (inProgress.stream().anyMatch(n -> n == callable)) {
            reentered.add(callable);
            boolean deeper = false;
            for (Node n : inProgress) {
                if (deeper) {
                    provisionalUsers.add(n);
                }
                deeper |= n == callable;
            }
            return provisional.getOrDefault(callable, Summary.EMPTY);
        }
        inProgress.add(callable);
        try {
            Summary summary = analyzeOrSkip(callable);
            for (int round = 0; reentered.remove(callable); round++) {
                if (round == MAX_RECURSION_ROUNDS) {
                    summary = summary.approximated();
                    break;
                }
                provisional.put(callable, summary);
                Summary next = analyzeOrSkip(callable);
                if (next.sameAs(summary)) {
                    break;
                }
                summary = next;
            }
            provisional.remove(callable);
            if (!provisionalUsers.remove(callable)) {
                summaries.put(callable, summary);
            }
            return summary;
        } finally {
            inProgress.remove(inProgress.size() - 1);
        }
    }

    private Summary analyzeOrSkip(CallableDeclaration<?> callable) {
        try {
            return analyze(callable);
        } catch (StackOverflowError e) {
            // One method nests too deeply: skip it, say so, and go on with the rest.
            diagnostics.add(new Diagnostic(Diagnostic.Kind.TOO_DEEP, location(callable.getName()),
                    "expression too deep in " + callable.getNameAsString() + "; the method is not analyzed"));
            return Summary.EMPTY;
        }
    }

    /**
     * Initializer blocks and field initializers (with the lambdas and anonymous classes written there) run
     * like a method nobody calls: their uses stand where they are.
     */
    private void initializers(TypeDeclaration<?> type) {
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (!slice.contains(member)) {
                continue;
            }
            if (member instanceof InitializerDeclaration block) {
                runEntryCode(block.isStatic(), block, (statements, s) -> statements.exec(block.getBody(), s));
            } else if (member instanceof FieldDeclaration field) {
                for (VariableDeclarator variable : field.getVariables()) {
                    variable.getInitializer().ifPresent(init -> runEntryCode(field.isStatic(), init,
                            (statements, s) -> statements.expressions().eval(init, s)));
                }
            }
        }
    }

    private void runEntryCode(boolean isStatic, Node code, BiConsumer<Statements, State> run) {
        List<SinkEvent> events = new ArrayList<>();
        Frame frame = new Frame(this, Optional.empty(), isStatic, events);
        frame.returns.push(new ArrayList<>());
        try {
            run.accept(new Statements(frame), State.entry());
        } catch (StackOverflowError e) {
            diagnostics.add(new Diagnostic(Diagnostic.Kind.TOO_DEEP, location(code),
                    "expression too deep in an initializer; it is not analyzed"));
            return;
        }
        for (SinkEvent event : events) {
            if (!event.taint().isPlaceholder()) {
                standing.add(frame.approximate ? event.approximated() : event);
            }
        }
    }

    private Summary analyze(CallableDeclaration<?> callable) {
        Optional<BlockStmt> body = body(callable);
        List<String> parameters = new ArrayList<>();
        callable.getParameters().forEach(p -> parameters.add(p.getNameAsString()));
        if (body.isEmpty()) {
            return new Summary(parameters, Value.EMPTY, List.of(), Set.of(), Set.of(), false, Set.of(), Map.of(),
                    Map.of());
        }
        List<SinkEvent> events = new ArrayList<>();
        Frame frame = new Frame(this, memberOf(callable), callable.isStatic(), events);
        Statements statements = new Statements(frame);
        State entry = State.entry();
        for (int i = 0; i < callable.getParameters().size(); i++) {
            Parameter p = callable.getParameter(i);
            String name = p.getNameAsString();
            frame.locals.add(name);
            Set<Taint> taints = new HashSet<>(Set.of(Taint.parameter(i)));
            roles.sourceOf(p).or(() -> resolver.type(p.getType()).flatMap(roles::sourceOf)).ifPresent(source -> taints.add(
                    statements.expressions().sourceTaint(source, callable.getNameAsString() + "(" + name + ")",
                            AccessPath.local(name), p, entry, "parameter " + name)));
            entry.env.put(name, Value.of(taints));
        }
        frame.returns.push(new ArrayList<>());
        State end = statements.exec(body.get(), entry);
        Value returned = frame.returns.pop().stream().reduce(Value.EMPTY, Value::union);
        Facts exit = end == null ? frame.returnFacts : frame.returnFacts.or(end.facts);

        if (frame.approximate) {
            events.replaceAll(SinkEvent::approximated);
        }
        // Who calls the method matters only for its uses: without any, its callers are not resolved.
        boolean trusted = !events.isEmpty() && callGraph.callersTrusted(callable);
        boolean inline = isInline(callable);
        List<SinkEvent> lifted = new ArrayList<>();
        for (SinkEvent event : events) {
            if (event.taint().isPlaceholder()) {
                lifted.add(event);
            } else if (inline) {
                // Judged where the class is written, with the facts of that point.
                continue;
            } else if (!trusted) {
                standing.add(event);
            } else if (rules.violations(event).isEmpty()) {
                // Satisfied where it is: no finding, but a guarded flow of the data map.
                standing.add(event);
            } else {
                lifted.add(event);
            }
        }
        Map<Integer, Set<Taint>> parameterWrites = new HashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            Set<Taint> written = frame.contentWrites.getOrDefault(parameters.get(i), Set.of());
            if (!written.isEmpty()) {
                parameterWrites.put(i, written);
            }
        }
        return localsHidden(new Summary(parameters, returned, lifted, frame.thisWrites, exit.common(), trusted,
                frame.thrown, frame.thisFieldWrites, parameterWrites), callable);
    }

    private Optional<MemberRef> memberOf(CallableDeclaration<?> callable) {
        if (!(callable instanceof MethodDeclaration m)) {
            return Optional.empty();
        }
        Optional<ResolvedMethodDeclaration> resolved = resolver.declaration(m);
        return resolved.flatMap(RoleIndex::memberOf);
    }

    /** Methods of anonymous and local classes are analyzed where they are written, not on their own. */
    private static boolean isInline(CallableDeclaration<?> callable) {
        Optional<Node> parent = callable.getParentNode();
        return parent.filter(p -> p instanceof ObjectCreationExpr).isPresent()
                || parent.filter(p -> p instanceof ClassOrInterfaceDeclaration c && c.isLocalClassDeclaration())
                        .isPresent();
    }

    private static Optional<BlockStmt> body(CallableDeclaration<?> callable) {
        if (callable instanceof MethodDeclaration m) {
            return m.getBody();
        }
        return Optional.of(((ConstructorDeclaration) callable).getBody());
    }

    /** Paths rooted at the method's own locals mean nothing to a caller: make them opaque. */
    private static Summary localsHidden(Summary summary, CallableDeclaration<?> callable) {
        Set<String> visible = new HashSet<>(summary.parameters());
        visible.add(AccessPath.THIS.root());
        Map<String, AccessPath> hide = new HashMap<>();
        String owner = callable.getNameAsString();
        collectRoots(summary).stream()
                .filter(root -> !visible.contains(root) && !root.startsWith("<"))
                .forEach(root -> hide.put(root, AccessPath.opaque(owner + "#" + root)));
        if (hide.isEmpty()) {
            return summary;
        }
        List<SinkEvent> events = summary.events().stream().map(e -> new SinkEvent(e.location(),
                e.taint().rebase(hide), e.sink(), e.sinkMember(), e.facts().rebase(hide), e.approximate(), e.pinned()))
                .toList();
        Set<Taint> writes = new HashSet<>();
        summary.receiverWrites().forEach(t -> writes.add(t.rebase(hide)));
        Set<Consent> ensures = new HashSet<>();
        summary.ensures().forEach(c -> ensures.add(c.rebase(hide)));
        Set<Taint> thrown = new HashSet<>();
        summary.thrown().forEach(t -> thrown.add(t.rebase(hide)));
        return new Summary(summary.parameters(), summary.returns().rebase(hide), events, writes, ensures,
                summary.callersTrusted(), thrown, rebased(summary.receiverFieldWrites(), hide),
                rebased(summary.parameterWrites(), hide));
    }

    private static <K> Map<K, Set<Taint>> rebased(Map<K, Set<Taint>> writes, Map<String, AccessPath> hide) {
        Map<K, Set<Taint>> moved = new HashMap<>();
        writes.forEach((key, data) -> {
            Set<Taint> each = new HashSet<>();
            data.forEach(t -> each.add(t.rebase(hide)));
            moved.put(key, each);
        });
        return moved;
    }

    private static Set<String> collectRoots(Summary summary) {
        Set<String> roots = new HashSet<>();
        List<Taint> taints = new ArrayList<>(summary.returns().taints());
        taints.addAll(summary.receiverWrites());
        taints.addAll(summary.thrown());
        summary.parameterWrites().values().forEach(taints::addAll);
        summary.events().forEach(e -> {
            taints.add(e.taint());
            e.facts().alternatives().forEach(a -> a.forEach(c -> roots.addAll(c.subject().names())));
        });
        for (Taint t : taints) {
            if (!t.isPlaceholder() && t.subject() != null) {
                roots.addAll(t.subject().names());
                t.carried().forEach(c -> roots.addAll(c.subject().names()));
            }
        }
        summary.ensures().forEach(c -> roots.addAll(c.subject().names()));
        for (Facts facts : List.of(summary.returns().cond().whenTrue(), summary.returns().cond().whenFalse())) {
            facts.alternatives().forEach(a -> a.forEach(c -> roots.addAll(c.subject().names())));
        }
        return roots;
    }
}
