package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.consentflow.analyzer.AnalysisListener;
import dev.consentflow.analyzer.frontend.SourceFile;
import dev.consentflow.analyzer.frontend.UnitMemo;
import dev.consentflow.analyzer.policy.SourceNames;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The code personal data can reach, found by name before any symbol is resolved, so that the flow
 * analysis (whose cost is symbol resolution) starts only from methods where a flow can begin: a
 * demand-driven analysis. Only analyzing those is exact, not a heuristic: a method, constructor or
 * initializer outside the slice holds no source, reads no field or variable personal data may be written
 * to, and calls nothing that returns personal data, so every flow it takes part in is judged in a caller
 * that is in the slice (its summary is still computed there, on demand, when such a caller calls it).
 *
 * <p>The slice is the least fixpoint of: a declaration is in it when it mentions a name of the set; the
 * set starts with the names of the sources ({@code @PersonalData} itself, the members and types the
 * policy file and annotated class files name) and grows by the names of what the slice declares (its
 * methods, fields and their accessors, types and record components) and by the names of what its code
 * and every method it may call (by name, transitively) write into (fields of the sources: a local or a
 * library's field keeps nothing another method could read), including what it hands to a method that
 * may write into its receiver or its parameters ({@code holder.load()}, {@code addTo(pending, email)}).
 * Names over-approximate symbols (two
 * methods named {@code send} are one name), which keeps it sound without resolution. A whole type
 * declared personal data outside the sources is reached through library calls that name nothing: then
 * everything is analyzed.
 *
 * <p>Kept across edits, the slice continues its fixpoint with what edited code says now ({@link #next}):
 * then it may hold more than the least fixpoint, which is still sound.
 */
final class Slice {
    private final SourceNames sources;
    /** The names the sources are reached by: where the slice starts. */
    private final List<String> seeds = new ArrayList<>(List.of(SourceNames.ANNOTATION));
    private final Map<String, List<Mentions>> byMention = new HashMap<>();
    private final Map<String, List<Mentions>> callablesByName = new HashMap<>();
    /** Per name of a callee, the declarations calling it: they may write more when a callee of that name does. */
    private final Map<String, List<Mentions>> callers = new HashMap<>();
    private final Set<Node> relevant = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Mentions> calleesRead = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> names = new HashSet<>();
    /** Names of the fields declared in the sources: only there can the program keep what it writes. */
    private final Set<String> fields = new HashSet<>();
    /** Names of the methods and constructors that may write into their receiver. */
    private final Set<String> writeReceiver = new HashSet<>();
    /** Names of the methods and constructors that may write into their parameters' contents. */
    private final Set<String> writeParameters = new HashSet<>();
    private final Deque<String> newNames = new ArrayDeque<>();
    private final boolean everything;
    /** How many edits {@link #next} followed since the slice was computed. */
    private int continued;
    /** Edits followed before the slice is computed again (a kept slice may only grow). */
    private static final int MAX_CONTINUED = 100;

    /** What one parsed file says by name; made once per unit and kept while the unit is ({@link #next}). */
    static final class FileMentions {
        private final Set<String> fields = new HashSet<>();
        private final Set<String> types = new HashSet<>();
        /** Type headers, fields and initializers, then methods and constructors, in the order of the file. */
        private final List<Mentions> declarations = new ArrayList<>();

        FileMentions(CompilationUnit unit) {
            // Anonymous classes and enum constants' bodies declare fields too, and records theirs in the header.
            unit.findAll(FieldDeclaration.class)
                    .forEach(field -> field.getVariables().forEach(v -> fields.add(v.getNameAsString())));
            unit.findAll(RecordDeclaration.class)
                    .forEach(r -> r.getParameters().forEach(p -> fields.add(p.getNameAsString())));
            for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
                type.getFullyQualifiedName().ifPresent(types::add);
                declarations.add(Mentions.ofTypeHeader(type));
                for (BodyDeclaration<?> member : type.getMembers()) {
                    if (member instanceof FieldDeclaration || member instanceof InitializerDeclaration) {
                        declarations.add(Mentions.ofMember(member));
                    }
                }
            }
            for (CallableDeclaration<?> callable : unit.findAll(CallableDeclaration.class)) {
                declarations.add(Mentions.ofMember(callable));
            }
        }
    }

    private static final UnitMemo<FileMentions> MENTIONS = new UnitMemo<>(FileMentions::new) {};

    /**
     * @param files the parsed sources
     * @param sources the names of the sources declared outside them (policy file, class files)
     * @param listener hears of each file read ({@link AnalysisListener.Phase#SLICE})
     */
    Slice(List<SourceFile> files, SourceNames sources, AnalysisListener listener) {
        this.sources = sources;
        listener.planned(AnalysisListener.Phase.SLICE, files.size());
        Set<String> declaredTypes = new HashSet<>();
        List<Mentions> declarations = new ArrayList<>();
        for (SourceFile file : files) {
            FileMentions read = MENTIONS.of(file.unit());
            fields.addAll(read.fields);
            declaredTypes.addAll(read.types);
            declarations.addAll(read.declarations);
            listener.worked(AnalysisListener.Phase.SLICE, 1);
        }
        everything = !declaredTypes.containsAll(sources.types());
        sources.members().forEach(member -> seeds.addAll(Mentions.accessors(member)));
        sources.types().forEach(type -> seeds.add(type.substring(type.lastIndexOf('.') + 1)));
        // The least fixpoint: the fixpoint of nothing, continued with every declaration.
        add(declarations);
    }

    /**
     * The slice of {@code files}, the files of this slice after an edit ({@code before} as they were): this
     * slice, brought up to date with what the edited, added and removed files say now, unless the edit
     * declares a field name no file declared before (what code wrote into that name is a way to reach
     * personal data now), changes whether everything is analyzed, or comes after {@link #MAX_CONTINUED}
     * others: then a slice computed again.
     *
     * <p>Brought up to date, it is the fixpoint continued with what the edited code says now, from what the
     * code said before: every rule only adds, so what code no longer says (a call deleted, a file removed)
     * leaves the slice larger than the least fixpoint. Any set closed under the rules contains the least
     * fixpoint, so it is still sound, and code in it that no personal data reaches yields no finding; the
     * bound on the edits followed keeps it from growing without end in a long session.
     *
     * @param files the parsed sources after the edit: unchanged files keep their units (the same objects)
     * @param before the files of this slice
     * @param sources the names of the sources declared outside them now: other names compute the slice again
     * @param listener hears of each file read when the slice is computed again
     */
    Slice next(List<SourceFile> files, List<SourceFile> before, SourceNames sources, AnalysisListener listener) {
        if (!sources.equals(this.sources) || ++continued > MAX_CONTINUED) {
            return new Slice(files, sources, listener);
        }
        Map<Path, CompilationUnit> was = new HashMap<>();
        before.forEach(f -> was.put(f.path(), f.unit()));
        List<Mentions> removed = new ArrayList<>();
        List<Mentions> added = new ArrayList<>();
        Set<String> declaredTypes = new HashSet<>();
        for (SourceFile file : files) {
            FileMentions now = MENTIONS.of(file.unit());
            declaredTypes.addAll(now.types);
            CompilationUnit old = was.remove(file.path());
            if (old == file.unit()) {
                continue;
            }
            if (!fields.containsAll(now.fields)) {
                return new Slice(files, sources, listener);
            }
            if (old != null) {
                removed.addAll(MENTIONS.of(old).declarations);
            }
            added.addAll(now.declarations);
        }
        if (everything != !declaredTypes.containsAll(sources.types())) {
            return new Slice(files, sources, listener);
        }
        was.values().forEach(gone -> removed.addAll(MENTIONS.of(gone).declarations));
        for (Mentions old : removed) {
            unindex(old);
            relevant.remove(old.declaration);
            calleesRead.remove(old);
        }
        add(added);
        return this;
    }

    /**
     * The methods, constructors, initializer blocks and fields (the code that may run) that mention any
     * of {@code names}.
     */
    Set<Node> mentioning(Collection<String> names) {
        Set<Node> found = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String name : names) {
            for (Mentions m : byMention.getOrDefault(name, List.of())) {
                if (!(m.declaration instanceof TypeDeclaration<?>)) {
                    found.add(m.declaration);
                }
            }
        }
        return found;
    }

    /** Every declaration that mentions any of {@code names}, type headers included. */
    Set<Node> declarationsMentioning(Collection<String> names) {
        Set<Node> found = Collections.newSetFromMap(new IdentityHashMap<>());
        names.forEach(name -> byMention.getOrDefault(name, List.of()).forEach(m -> found.add(m.declaration)));
        return found;
    }

    /** The methods and constructors named any of {@code names}. */
    Set<Node> callablesNamed(Collection<String> names) {
        Set<Node> found = Collections.newSetFromMap(new IdentityHashMap<>());
        names.forEach(name -> callablesByName.getOrDefault(name, List.of()).forEach(m -> found.add(m.declaration)));
        return found;
    }

    /** The methods, constructors, initializer blocks and fields that must be analyzed ({@link #contains}). */
    Set<Node> members() {
        Set<Node> found = Collections.newSetFromMap(new IdentityHashMap<>());
        if (everything) {
            byMention.values().forEach(ms -> ms.forEach(m -> found.add(m.declaration)));
            callablesByName.values().forEach(ms -> ms.forEach(m -> found.add(m.declaration)));
        } else {
            found.addAll(relevant);
        }
        found.removeIf(n -> n instanceof TypeDeclaration<?>);
        return found;
    }

    /** Whether the method, constructor, initializer block or field initializer must be analyzed. */
    boolean contains(Node declaration) {
        return everything || relevant.contains(declaration);
    }

    /**
     * Continues the fixpoints with {@code added}, new declarations, from where they stand: the writers
     * first (what a caller writes depends on its callees), then, for the code whose writes grew with them
     * and the new code, what it declares, writes and calls.
     */
    private void add(List<Mentions> added) {
        added.forEach(this::index);
        if (everything) {
            return;
        }
        Set<Mentions> writeMore = new LinkedHashSet<>();
        for (String writer : findWriters(added)) {
            callers.getOrDefault(writer, List.of()).stream().filter(this::writesRead).forEach(writeMore::add);
        }
        // A new callee of code whose writes were taken is read too: that code calls its name.
        added.stream().filter(this::calledByRead).forEach(m -> {
            calleesRead.add(m);
            writeMore.add(m);
        });
        writeMore.forEach(this::writesOfCallees);
        added.stream().filter(m -> m.mentioned.stream().anyMatch(names::contains)).forEach(this::relevant);
        seeds.forEach(this::reached);
        grow();
    }

    private void index(Mentions m) {
        m.mentioned.forEach(name -> put(byMention, name, m));
        m.calls.forEach(call -> put(callers, call.name(), m));
        if (m.declaration instanceof CallableDeclaration<?> callable) {
            put(callablesByName, callable.getNameAsString(), m);
        }
    }

    private void unindex(Mentions m) {
        m.mentioned.forEach(name -> remove(byMention, name, m));
        m.calls.forEach(call -> remove(callers, call.name(), m));
        if (m.declaration instanceof CallableDeclaration<?> callable) {
            remove(callablesByName, callable.getNameAsString(), m);
        }
    }

    private static void put(Map<String, List<Mentions>> index, String name, Mentions m) {
        index.computeIfAbsent(name, k -> new ArrayList<>()).add(m);
    }

    /**
     * Takes {@code m} out of the index under {@code name}. Lists cost less memory than sets for the many
     * names most code says, and an edit takes out only the declarations of the files it changed.
     */
    private static void remove(Map<String, List<Mentions>> index, String name, Mentions m) {
        // A name no code says any more goes, so that an index kept across edits does not grow with them.
        index.computeIfPresent(name, (k, ms) -> ms.removeIf(e -> e == m) && ms.isEmpty() ? null : ms);
    }

    private void reached(String name) {
        if (names.add(name)) {
            newNames.add(name);
        }
    }

    /**
     * Which callees may write into their receiver (a field, or {@code this} through a callee) or into a
     * parameter's contents, continued to a fixpoint from {@code changed}: a method handing its parameter to
     * such a callee writes it too. Returns the names that became writers.
     */
    private Set<String> findWriters(Collection<Mentions> changed) {
        Set<String> grown = new HashSet<>();
        Deque<Mentions> work = new ArrayDeque<>(changed);
        while (!work.isEmpty()) {
            Mentions m = work.pop();
            // Fields and initializers call, but no call reaches them by name.
            if (!(m.declaration instanceof CallableDeclaration<?> callable)) {
                continue;
            }
            String name = callable.getNameAsString();
            if (writeReceiver.contains(name) && writeParameters.contains(name)) {
                continue;
            }
            Set<String> written = writes(m);
            boolean more = !writeReceiver.contains(name)
                    && written.stream().anyMatch(w -> w.equals(Mentions.THIS) || fields.contains(w))
                    && writeReceiver.add(name);
            if (!writeParameters.contains(name) && written.stream().anyMatch(m.parameters::contains)) {
                more |= writeParameters.add(name);
            }
            if (more) {
                // What calls a method of this name may write through it now.
                grown.add(name);
                work.addAll(callers.getOrDefault(name, List.of()));
            }
        }
        return grown;
    }

    /** What the code writes into, itself or through the callees that write into their receiver or arguments. */
    private Set<String> writes(Mentions m) {
        Set<String> written = new HashSet<>(m.written);
        for (Mentions.Call call : m.calls) {
            if (writeReceiver.contains(call.name())) {
                call.receiver().ifPresent(written::add);
            }
            if (writeParameters.contains(call.name())) {
                written.addAll(call.arguments());
            }
        }
        return written;
    }

    private boolean calledByRead(Mentions m) {
        return m.declaration instanceof CallableDeclaration<?> callable
                && callers.getOrDefault(callable.getNameAsString(), List.of()).stream().anyMatch(this::writesRead);
    }

    /** Whether what the code writes was taken as a way to reach personal data ({@link #writesOfCallees}). */
    private boolean writesRead(Mentions m) {
        return m.runs && relevant.contains(m.declaration) || calleesRead.contains(m);
    }

    private void grow() {
        while (!newNames.isEmpty()) {
            byMention.getOrDefault(newNames.pop(), List.of()).forEach(this::relevant);
        }
    }

    /** The declaration mentions a name personal data is reached by. */
    private void relevant(Mentions m) {
        if (relevant.add(m.declaration)) {
            m.declared.forEach(this::reached);
            if (m.runs) {
                writesOfCallees(m);
            }
        }
    }

    /**
     * What the code may write into, and what every method it may call writes into, becomes a way to
     * reach personal data: {@code customer.setEmail(email)} fills the field {@code email}, read elsewhere
     * by {@code getEmail()}.
     */
    private void writesOfCallees(Mentions code) {
        Deque<Mentions> work = new ArrayDeque<>(List.of(code));
        while (!work.isEmpty()) {
            Mentions m = work.pop();
            writes(m).stream().filter(fields::contains)
                    .forEach(field -> Mentions.accessors(field).forEach(this::reached));
            for (String callee : m.called) {
                for (Mentions c : callablesByName.getOrDefault(callee, List.of())) {
                    if (calleesRead.add(c)) {
                        work.push(c);
                    }
                }
            }
        }
    }
}
