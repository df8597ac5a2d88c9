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
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 */
final class Slice {
    private final Map<String, List<Mentions>> byMention = new HashMap<>();
    private final Map<String, List<Mentions>> callablesByName = new HashMap<>();
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

    /** What one parsed file says by name; made once per unit and kept while the unit is ({@link #next}). */
    static final class FileMentions {
        private final Set<String> fields = new HashSet<>();
        private final Set<String> types = new HashSet<>();
        private final List<Mentions> declarations = new ArrayList<>();
        private final List<Mentions> callables = new ArrayList<>();

        /** Whether both say the same names in the same places, whatever the code around them. */
        boolean sameNames(FileMentions other) {
            return fields.equals(other.fields) && types.equals(other.types)
                    && same(declarations, other.declarations) && same(callables, other.callables);
        }

        private static boolean same(List<Mentions> a, List<Mentions> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).sameNames(b.get(i))) {
                    return false;
                }
            }
            return true;
        }

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
                callables.add(Mentions.ofMember(callable));
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
        this(files, sources, listener, Optional.empty());
    }

    /**
     * @param reached the names a slice of files that say the same names reached: the fixpoint is not
     *     sought again
     */
    private Slice(List<SourceFile> files, SourceNames sources, AnalysisListener listener,
            Optional<Set<String>> reached) {
        listener.planned(AnalysisListener.Phase.SLICE, files.size());
        Set<String> declaredTypes = new HashSet<>();
        for (SourceFile file : files) {
            FileMentions read = MENTIONS.of(file.unit());
            fields.addAll(read.fields);
            declaredTypes.addAll(read.types);
            read.declarations.forEach(this::index);
            for (Mentions m : read.callables) {
                index(m);
                callablesByName.computeIfAbsent(((CallableDeclaration<?>) m.declaration).getNameAsString(),
                        k -> new ArrayList<>()).add(m);
            }
            listener.worked(AnalysisListener.Phase.SLICE, 1);
        }
        everything = !declaredTypes.containsAll(sources.types());
        if (everything) {
            return;
        }
        List<String> seeds = new ArrayList<>(List.of(SourceNames.ANNOTATION));
        sources.members().forEach(member -> seeds.addAll(Mentions.accessors(member)));
        sources.types().forEach(type -> seeds.add(type.substring(type.lastIndexOf('.') + 1)));
        if (seeds.stream().noneMatch(byMention::containsKey)) {
            // Nothing mentions a source: nothing to analyze, and no writer to look for.
            return;
        }
        if (reached.isPresent()) {
            names.addAll(reached.get());
            names.forEach(name -> byMention.getOrDefault(name, List.of()).forEach(m -> relevant.add(m.declaration)));
            return;
        }
        findWriters();
        seeds.forEach(this::reached);
        grow();
    }

    /**
     * The slice of {@code files}, the files of this slice after an edit ({@code before} as they were).
     * When the edited files mention, declare, write and call the same names as before, the slice is the
     * same set of names, and only the declarations are found again.
     */
    Slice next(List<SourceFile> files, List<SourceFile> before, SourceNames sources, AnalysisListener listener) {
        Map<Path, CompilationUnit> was = new HashMap<>();
        before.forEach(f -> was.put(f.path(), f.unit()));
        boolean sameNames = files.size() == before.size();
        Map<CompilationUnit, CompilationUnit> replaced = new IdentityHashMap<>();
        for (SourceFile file : files) {
            CompilationUnit old = was.get(file.path());
            if (old != file.unit()) {
                sameNames &= old != null && MENTIONS.of(old).sameNames(MENTIONS.of(file.unit()));
                if (old != null) {
                    replaced.put(old, file.unit());
                }
            }
        }
        if (!sameNames) {
            return new Slice(files, sources, listener, Optional.empty());
        }
        replaced.forEach((old, now) -> swap(MENTIONS.of(old), MENTIONS.of(now)));
        return this;
    }

    /** Puts the declarations of {@code now} where those of {@code old}, which say the same names, were. */
    private void swap(FileMentions old, FileMentions now) {
        List<Mentions> was = new ArrayList<>(old.declarations);
        was.addAll(old.callables);
        List<Mentions> is = new ArrayList<>(now.declarations);
        is.addAll(now.callables);
        for (int i = 0; i < was.size(); i++) {
            Mentions before = was.get(i);
            Mentions after = is.get(i);
            before.mentioned.forEach(name -> replace(byMention.get(name), before, after));
            if (before.declaration instanceof CallableDeclaration<?> callable) {
                replace(callablesByName.get(callable.getNameAsString()), before, after);
            }
            if (relevant.remove(before.declaration)) {
                relevant.add(after.declaration);
            }
        }
    }

    private static void replace(List<Mentions> list, Mentions before, Mentions after) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == before) {
                list.set(i, after);
            }
        }
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

    private void index(Mentions m) {
        m.mentioned.forEach(name -> byMention.computeIfAbsent(name, k -> new ArrayList<>()).add(m));
    }

    private void reached(String name) {
        if (names.add(name)) {
            newNames.add(name);
        }
    }

    /**
     * Which callees may write into their receiver (a field, or {@code this} through a callee) or into a
     * parameter's contents, to a fixpoint: a method handing its parameter to such a callee writes it too.
     */
    private void findWriters() {
        Map<String, List<Mentions>> callers = new HashMap<>();
        Deque<Mentions> work = new ArrayDeque<>();
        for (List<Mentions> sameName : callablesByName.values()) {
            for (Mentions m : sameName) {
                work.add(m);
                m.calls.forEach(call -> callers.computeIfAbsent(call.name(), k -> new ArrayList<>()).add(m));
            }
        }
        while (!work.isEmpty()) {
            Mentions m = work.pop();
            String name = ((CallableDeclaration<?>) m.declaration).getNameAsString();
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
                work.addAll(callers.getOrDefault(name, List.of()));
            }
        }
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

    private void grow() {
        while (!newNames.isEmpty()) {
            for (Mentions m : byMention.getOrDefault(newNames.pop(), List.of())) {
                if (relevant.add(m.declaration)) {
                    m.declared.forEach(this::reached);
                    if (m.runs) {
                        writesOfCallees(m);
                    }
                }
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
