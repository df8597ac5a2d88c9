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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Runs the flow analysis over every method and constructor in the sources. Each is analyzed once, with
 * its parameters as placeholders; the result is its {@link Summary} for callers and the uses whose
 * findings stand inside it. Uses in a method whose callers are trusted ({@link CallGraph}) and that its
 * own checks do not satisfy are lifted into the summary, to be judged at each call site.
 */
public final class FlowEngine implements Program {
    private final boolean trustAllCallers;
    private Resolver resolver;
    private RoleIndex roles;
    private AnalysisListener listener;
    private FlowRules rules;
    private final Map<CompilationUnit, Path> paths = new IdentityHashMap<>();
    private List<SourceFile> files;
    private CallGraph callGraph;
    private ClassHierarchy hierarchy;
    private Slice slice;
    private final Map<Node, Summary> summaries = new IdentityHashMap<>();
    /** The methods being analyzed, outermost first (an initializer at the bottom, when one runs). */
    private final List<Node> inProgress = new ArrayList<>();
    private final Map<Node, Summary> provisional = new IdentityHashMap<>();
    private final Set<Node> reentered = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Node> provisionalUsers = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Re-analyses of one recursive method; past it, the last summary stands (sound for most code). */
    private static final int MAX_RECURSION_ROUNDS = 3;
    /** Per analyzed method, constructor or initializer: the uses judged where they are (maybe none). */
    private final Map<Node, List<SinkEvent>> standing = new IdentityHashMap<>();
    /** Per analyzed code: whether its callers were trusted, when it mattered (it had uses). */
    private final Map<Node, Boolean> trustUsed = new IdentityHashMap<>();
    private final Map<Node, Diagnostic> problems = new IdentityHashMap<>();
    /** The analyzed code in the order of the files, as the uses were last listed, and where each stands. */
    private List<Node> order;
    private final Map<Node, Location> placed = new IdentityHashMap<>();
    private final SummaryUses uses = new SummaryUses();
    private final MemberLookups lookups = new MemberLookups();
    private final FieldStore fieldStore = new FieldStore(this::current);
    private long steps;
    /** Whether the last run or update analyzed everything, or saw other types. */
    private boolean restarted = true;
    /** The simple names of the types the last update declared, removed or reshaped, or whose ancestors changed. */
    private List<String> retypedNames = List.of();
    /** Waves of re-analysis after an edit; past it, everything is analyzed again. */
    private static final int MAX_WAVES = 12;

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
        this.trustAllCallers = trustAllCallers;
        use(files, resolver, roles, rules, listener, new ClassHierarchy(files, resolver));
    }

    private void use(List<SourceFile> files, Resolver resolver, RoleIndex roles, FlowRules rules,
            AnalysisListener listener, ClassHierarchy hierarchy) {
        this.slice = slice == null ? new Slice(files, roles.sourceNames(), listener)
                : slice.next(files, this.files, roles.sourceNames(), listener);
        this.files = files;
        this.listener = listener;
        this.resolver = resolver;
        resolver.observe(this::resolves);
        lookups.newAnalysis();
        this.roles = roles;
        this.rules = rules;
        paths.clear();
        files.forEach(f -> paths.put(f.unit(), f.path()));
        this.hierarchy = hierarchy;
        this.callGraph = new CallGraph(files, resolver, hierarchy, trustAllCallers);
    }

    /**
     * Analyzes every method, constructor and initializer personal data can reach ({@link Slice}; the
     * methods they call are analyzed on demand); returns the uses judged where they are: those whose findings
     * stand there, and those a trusted method's own checks satisfy (flows without a finding). Code that read
     * a field before a later method wrote data into it is analyzed again, with the callers of every summary
     * that changed, wave after wave as after an edit ({@link #update}), at most {@link #MAX_WAVES} times.
     */
    public List<SinkEvent> run() {
        fieldStore.nextRound();
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
                if (!isLocal(type)) {
                    type.getMembers().forEach(this::initializer);
                }
            }
            listener.worked(AnalysisListener.Phase.FLOW, 1);
        }
        Set<Node> readers = fieldStore.readers(fieldStore.staleFields());
        reanalyze(readers, new IdentityHashMap<>(), false);
        return standingUses();
    }

    /**
     * Brings the analysis up to date with the program after an edit, re-analyzing only what the edit can
     * change: the code of the edited files but for members written as before at the same place (they keep
     * their nodes, {@link ProgramEdit}); code that looked up a method or field whose declaration changed,
     * from its type, a supertype or a subtype ({@link MemberLookups}), and code that mentions another name
     * whose declaration changed (a type's, a constructor's: it may resolve to something else now); methods
     * whose callers changed, when whether they are trusted changes; code newly in the slice; then, wave
     * after wave, the callers of every method whose summary changed and the readers of every field whose
     * written data changed. An edit of the files' types (a file added, removed or no longer parsing, a type
     * declared, removed, renamed, or given other supertypes or annotations) changes what code resolves to:
     * code that names those types is analyzed again, and code that looked up their members or the members
     * they inherit from the sources from any type whose ancestors changed with them. An edit whose waves do
     * not settle is answered by analyzing everything again.
     *
     * <p>Known limits: a method whose callers are trusted stays so when an edit elsewhere closes a recursive
     * cycle through it without calling it from the edited code; code that reaches a removed type only through
     * a member it inherits from a library class ({@code repo.find().size()}, {@code find} returning a removed
     * subclass of {@code ArrayList}) keeps its resolution until it is analyzed again.
     *
     * @param files the parsed sources after the edit: unchanged files keep their units (the same objects);
     *     the units of edited files get the unchanged members of their old units ({@link ProgramEdit})
     * @param resolver, roles, rules, listener as for a new engine, over {@code files}
     * @return the uses judged where they are, as {@link #run()} on a new engine would find them
     */
    public List<SinkEvent> update(List<SourceFile> files, Resolver resolver, RoleIndex roles, FlowRules rules,
            AnalysisListener listener) {
        ProgramEdit edit = ProgramEdit.between(this.files, files);
        restarted = false;
        retypedNames = edit.reshaped.stream().map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
        use(files, resolver, roles, rules, listener, edit.structural ? hierarchy.without(edit.reshaped, files, resolver)
                : hierarchy.over(files, resolver, edit.types));
        if (edit.empty) {
            return standingUses();
        }
        Map<Node, Summary> before = new IdentityHashMap<>();
        Set<Node> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> changedFields = new HashSet<>();
        for (Node old : edit.oldMembers) {
            Node now = edit.matched.get(old);
            Set<Node> callers = uses.remove(old);
            callers.removeIf(this::gone);
            boolean wasAnalyzed = analyzed(old);
            Optional.ofNullable(summaries.get(old)).filter(s -> now != null).ifPresent(s -> before.put(now, s));
            changedFields.addAll(forget(old));
            if (now != null && wasAnalyzed) {
                dirty.add(now);
                callers.forEach(caller -> uses.add(caller, now));
            } else {
                dirty.addAll(callers);
            }
        }
        dirty.addAll(fieldStore.readers(changedFields));
        edit.newMembers.stream().filter(slice::contains).forEach(dirty::add);
        slice.mentioning(edit.declarations).stream().filter(n -> analyzed(n) || slice.contains(n)).forEach(dirty::add);
        edit.members.forEach((name, types) -> dirty.addAll(lookups.lookingUp(name, types, hierarchy)));
        slice.members().stream().filter(n -> !analyzed(n)).forEach(dirty::add);
        for (Node callee : slice.callablesNamed(edit.called)) {
            Boolean trusted = trustUsed.get(callee);
            if (trusted != null && trusted != callGraph.callersTrusted((CallableDeclaration<?>) callee)) {
                dirty.add(callee);
            }
        }
        dirty.removeIf(n -> gone(n) || !runs(n));
        reanalyze(dirty, before, true);
        return standingUses();
    }

    /** Code of a file that is not part of the program any more (a method of the file before the edit). */
    private boolean gone(Node code) {
        return code.findCompilationUnit().map(u -> !paths.containsKey(u)).orElse(true);
    }

    /** Whether the declaration holds code: a method, constructor, initializer block or initialized field. */
    private static boolean runs(Node declaration) {
        return declaration instanceof CallableDeclaration<?> || declaration instanceof InitializerDeclaration
                || declaration instanceof FieldDeclaration f && f.getVariables().stream()
                        .anyMatch(v -> v.getInitializer().isPresent());
    }

    private boolean analyzed(Node code) {
        return standing.containsKey(code);
    }

    /**
     * Analyzes {@code dirty} again, then the dependents of every summary that changed and the readers of
     * every field whose data changed, until nothing changes; drops the analysis of code no root reaches.
     *
     * @param orRestart what to do when the waves do not settle within {@link #MAX_WAVES}: analyze everything
     *     again (after an edit, as a new analysis would), or stop there (in a new analysis)
     */
    private void reanalyze(Set<Node> dirty, Map<Node, Summary> before, boolean orRestart) {
        Set<Node> wave = dirty;
        Set<Node> started = Collections.newSetFromMap(new IdentityHashMap<>());
        uses.startUpdate();
        for (int round = 0; !wave.isEmpty(); round++) {
            if (round == MAX_WAVES) {
                if (orRestart) {
                    restarted = true;
                    forgetAll();
                    run();
                }
                return;
            }
            listener.planned(AnalysisListener.Phase.FLOW, wave.size());
            // Code analyzed again for the first time in this update starts from nothing: what it wrote
            // before may have come from what the edit took away, and it could read it back from a field.
            // Later it only replaces what it wrote, so that code reading its own writes settles.
            Map<Node, Map<String, List<Object>>> wrote = new IdentityHashMap<>();
            List<Node> again = new ArrayList<>();
            for (Node n : wave) {
                before.putIfAbsent(n, summaries.get(n));
                summaries.remove(n);
                uses.unlink(n);
                lookups.forget(n);
                if (started.add(n)) {
                    wrote.put(n, fieldStore.writtenBy(n));
                    fieldStore.forget(n);
                } else {
                    again.add(n);
                }
            }
            fieldStore.rewrite(again);
            fieldStore.nextRound();
            for (Node n : wave) {
                if (!summaries.containsKey(n)) {
                    analyzeAgain(n);
                }
                listener.worked(AnalysisListener.Phase.FLOW, 1);
            }
            Set<Node> next = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Node n : wave) {
                Summary was = before.get(n);
                Summary is = summaries.get(n);
                if (was == null || is == null || !was.identicalTo(is)) {
                    next.addAll(uses.staleUsers(n));
                }
            }
            Set<String> changedFields = new HashSet<>(fieldStore.settle());
            changedFields.addAll(fieldStore.staleFields());
            wrote.forEach((n, was) -> {
                Map<String, List<Object>> is = fieldStore.writtenBy(n);
                Set<String> keys = new HashSet<>(was.keySet());
                keys.addAll(is.keySet());
                keys.stream().filter(k -> !Objects.equals(was.get(k), is.get(k))).forEach(changedFields::add);
            });
            next.addAll(fieldStore.readers(changedFields));
            before.clear();
            wave = next.isEmpty() ? unreachable() : next;
        }
    }

    /** Analyzes one method, constructor or initializer again, as a root. */
    private void analyzeAgain(Node code) {
        if (code instanceof CallableDeclaration<?> callable) {
            summary(callable);
        } else if (code instanceof BodyDeclaration<?> member && member.getParentNode()
                .filter(p -> p instanceof TypeDeclaration<?> && !isLocal(p)).isPresent()) {
            initializer(member);
        }
    }

    /**
     * Forgets the analysis of code no root of the slice reaches any more (a callee whose last caller left);
     * returns the readers of what it wrote, to analyze again.
     */
    private Set<Node> unreachable() {
        Set<Node> reached = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> work = new ArrayDeque<>();
        for (Node code : standing.keySet()) {
            if (slice.contains(code) && reached.add(code)) {
                work.add(code);
            }
        }
        while (!work.isEmpty()) {
            for (Node callee : uses.usedBy(work.pop())) {
                if (reached.add(callee)) {
                    work.add(callee);
                }
            }
        }
        Set<String> changedFields = new HashSet<>();
        for (Node code : new ArrayList<>(standing.keySet())) {
            if (!reached.contains(code)) {
                changedFields.addAll(forget(code));
            }
        }
        return fieldStore.readers(changedFields);
    }

    /**
     * Forgets everything known of {@code code}: its summary, uses, problems, what it wrote and read, and
     * which summaries it applied. Who applied its summary is kept (they still need it).
     *
     * @return the fields whose data changed
     */
    private Set<String> forget(Node code) {
        summaries.remove(code);
        standing.remove(code);
        trustUsed.remove(code);
        problems.remove(code);
        uses.unlink(code);
        lookups.forget(code);
        return fieldStore.forget(code);
    }

    private void forgetAll() {
        for (Node code : new ArrayList<>(standing.keySet())) {
            forget(code);
        }
        summaries.clear();
        uses.clear();
        fieldStore.nextRound();
    }

    /** The code being analyzed; null between analyses. */
    private Node current() {
        return inProgress.isEmpty() ? null : inProgress.get(inProgress.size() - 1);
    }

    /** The uses judged where they are, ordered by the place of the code they were found in. */
    private List<SinkEvent> standingUses() {
        if (order == null || order.size() != standing.size() || !order.stream().allMatch(standing::containsKey)) {
            order = new ArrayList<>(standing.keySet());
            placed.keySet().retainAll(standing.keySet());
            order.forEach(c -> placed.computeIfAbsent(c, this::location));
            order.sort(Comparator.comparing(placed::get));
        }
        List<SinkEvent> found = new ArrayList<>();
        order.forEach(c -> found.addAll(standing.get(c)));
        return List.copyOf(found);
    }

    /**
     * The units whose declarations may resolve to other types after the last {@link #run} or
     * {@link #update} (what is read of a unit alone, such as its methods' resolved signatures, may have
     * changed): every unit after a new analysis; after an edit of types (a file added,
     * removed or no longer parsing, a type declared, removed, renamed or given other supertypes), those that
     * name such a type or one whose ancestors changed with it; none after other edits.
     */
    public Predicate<CompilationUnit> retyped() {
        if (restarted) {
            return unit -> true;
        }
        Set<CompilationUnit> units = Collections.newSetFromMap(new IdentityHashMap<>());
        slice.declarationsMentioning(retypedNames).forEach(n -> n.findCompilationUnit().ifPresent(units::add));
        return units::contains;
    }

    /** Methods that could not be analyzed. */
    public List<Diagnostic> diagnostics() {
        return problems.values().stream().distinct().sorted(Comparator.comparing(Diagnostic::location)).toList();
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

    /** The code being analyzed resolves {@code site} ({@link MemberLookups}). */
    private void resolves(Node site) {
        Node code = current();
        if (code != null) {
            lookups.record(code, site, resolver);
        }
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
        Node caller = current();
        if (caller != null) {
            uses.add(caller, callable);
        }
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
            uses.done(callable);
            return summary;
        } finally {
            inProgress.remove(inProgress.size() - 1);
        }
    }

    private Summary analyzeOrSkip(CallableDeclaration<?> callable) {
        problems.remove(callable);
        try {
            return analyze(callable);
        } catch (StackOverflowError e) {
            // One method nests too deeply: skip it, say so, and go on with the rest.
            problems.put(callable, new Diagnostic(Diagnostic.Kind.TOO_DEEP, location(callable.getName()),
                    "expression too deep in " + callable.getNameAsString() + "; the method is not analyzed"));
            standing.put(callable, List.of());
            return Summary.EMPTY;
        }
    }

    /**
     * An initializer block or field initializer (with the lambdas and anonymous classes written there) runs
     * like a method nobody calls: its uses stand where they are.
     */
    private void initializer(BodyDeclaration<?> member) {
        if (!runs(member) || member instanceof CallableDeclaration<?> || !slice.contains(member)) {
            return;
        }
        List<SinkEvent> events = new ArrayList<>();
        problems.remove(member);
        inProgress.add(member);
        try {
            if (member instanceof InitializerDeclaration block) {
                runEntryCode(block.isStatic(), block, events, (statements, s) -> statements.exec(block.getBody(), s));
            } else if (member instanceof FieldDeclaration field) {
                for (VariableDeclarator variable : field.getVariables()) {
                    variable.getInitializer().ifPresent(init -> runEntryCode(field.isStatic(), init, events,
                            (statements, s) -> statements.expressions().eval(init, s)));
                }
            }
        } finally {
            inProgress.remove(inProgress.size() - 1);
        }
        standing.put(member, events);
        uses.done(member);
    }

    private void runEntryCode(boolean isStatic, Node code, List<SinkEvent> standingThere,
            BiConsumer<Statements, State> run) {
        List<SinkEvent> events = new ArrayList<>();
        Frame frame = new Frame(this, Optional.empty(), isStatic, events);
        frame.returns.push(new ArrayList<>());
        try {
            run.accept(new Statements(frame), State.entry());
        } catch (StackOverflowError e) {
            problems.put(inProgress.get(inProgress.size() - 1), new Diagnostic(Diagnostic.Kind.TOO_DEEP,
                    location(code), "expression too deep in an initializer; it is not analyzed"));
            return;
        }
        for (SinkEvent event : events) {
            if (!event.taint().isPlaceholder()) {
                standingThere.add(frame.approximate ? event.approximated() : event);
            }
        }
    }

    private Summary analyze(CallableDeclaration<?> callable) {
        Optional<BlockStmt> body = body(callable);
        List<String> parameters = new ArrayList<>();
        callable.getParameters().forEach(p -> parameters.add(p.getNameAsString()));
        if (body.isEmpty()) {
            standing.put(callable, List.of());
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
        if (events.isEmpty()) {
            trustUsed.remove(callable);
        } else {
            trustUsed.put(callable, trusted);
        }
        boolean inline = isInline(callable);
        List<SinkEvent> lifted = new ArrayList<>();
        List<SinkEvent> standingHere = new ArrayList<>();
        standing.put(callable, standingHere);
        for (SinkEvent event : events) {
            if (event.taint().isPlaceholder()) {
                lifted.add(event);
            } else if (inline) {
                // Judged where the class is written, with the facts of that point.
                continue;
            } else if (!trusted) {
                standingHere.add(event);
            } else if (rules.violations(event).isEmpty()) {
                // Satisfied where it is: no finding, but a guarded flow of the data map.
                standingHere.add(event);
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

    private static boolean isLocal(Node type) {
        return type instanceof ClassOrInterfaceDeclaration c && c.isLocalClassDeclaration();
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
