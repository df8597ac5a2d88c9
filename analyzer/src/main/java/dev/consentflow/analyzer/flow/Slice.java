package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.consentflow.analyzer.AnalysisListener;
import dev.consentflow.analyzer.frontend.SourceFile;
import dev.consentflow.analyzer.policy.SourceNames;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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

    /**
     * @param files the parsed sources
     * @param sources the names of the sources declared outside them (policy file, class files)
     * @param listener hears of each file read ({@link AnalysisListener.Phase#SLICE})
     */
    Slice(List<SourceFile> files, SourceNames sources, AnalysisListener listener) {
        listener.planned(AnalysisListener.Phase.SLICE, files.size());
        Set<String> declaredTypes = new HashSet<>();
        for (SourceFile file : files) {
            // Anonymous classes and enum constants' bodies declare fields too, and records theirs in the header.
            file.unit().findAll(FieldDeclaration.class)
                    .forEach(field -> field.getVariables().forEach(v -> fields.add(v.getNameAsString())));
            file.unit().findAll(RecordDeclaration.class)
                    .forEach(r -> r.getParameters().forEach(p -> fields.add(p.getNameAsString())));
            for (TypeDeclaration<?> type : file.unit().findAll(TypeDeclaration.class)) {
                type.getFullyQualifiedName().ifPresent(declaredTypes::add);
                index(Mentions.ofTypeHeader(type));
                for (BodyDeclaration<?> member : type.getMembers()) {
                    if (member instanceof FieldDeclaration || member instanceof InitializerDeclaration) {
                        index(Mentions.ofMember(member));
                    }
                }
            }
            for (CallableDeclaration<?> callable : file.unit().findAll(CallableDeclaration.class)) {
                Mentions m = Mentions.ofMember(callable);
                index(m);
                callablesByName.computeIfAbsent(callable.getNameAsString(), k -> new ArrayList<>()).add(m);
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
        findWriters();
        seeds.forEach(this::reached);
        grow();
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
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, List<Mentions>> sameName : callablesByName.entrySet()) {
                String name = sameName.getKey();
                for (Mentions m : sameName.getValue()) {
                    Set<String> written = writes(m);
                    if (!writeReceiver.contains(name) && written.stream()
                            .anyMatch(w -> w.equals(Mentions.THIS) || fields.contains(w))) {
                        changed |= writeReceiver.add(name);
                    }
                    if (!writeParameters.contains(name) && written.stream().anyMatch(m.parameters::contains)) {
                        changed |= writeParameters.add(name);
                    }
                }
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
