package dev.consentflow.analyzer.frontend;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.PackageDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithExtends;
import com.github.javaparser.ast.nodeTypes.NodeWithImplements;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Finds types that extend or implement each other in a cycle ({@code class X extends Y}, {@code class Y
 * extends X}) and removes them from their compilation units before any symbol is resolved: JavaParser's
 * solver would otherwise recurse through their ancestors for seconds and gigabytes. javac rejects such
 * code ("cyclic inheritance"), so nothing valid is lost. Names are matched as javac would look them up
 * (enclosing types, single-type imports, the package, on-demand imports), without the solver.
 */
final class InheritanceCycles {
    private final Map<String, TypeDeclaration<?>> types = new TreeMap<>();
    private final Map<TypeDeclaration<?>, Path> files = new IdentityHashMap<>();

    private InheritanceCycles(List<SourceFile> sources) {
        for (SourceFile file : sources) {
            for (TypeDeclaration<?> type : UnitTypes.of(file.unit())) {
                type.getFullyQualifiedName().ifPresent(name -> types.putIfAbsent(name, type));
                files.put(type, file.path());
            }
        }
    }

    /**
     * What {@link #remove} did.
     *
     * @param diagnostics one {@code circular inheritance} diagnostic per reported cycle, at the name of the
     *     cycle's first type (by file and position), e.g. {@code X → Y → X}
     * @param files the files whose units lost a type
     */
    record Removal(List<Diagnostic> diagnostics, Set<Path> files) {}

    /**
     * Removes every type on an inheritance cycle from its compilation unit.
     *
     * @param sources the parsed files, not yet handed to the symbol solver
     * @param reported whether a cycle is reported: true when its first type is in one of these files
     */
    static Removal remove(List<SourceFile> sources, Set<Path> reported) {
        InheritanceCycles graph = new InheritanceCycles(sources);
        List<List<TypeDeclaration<?>>> cycles = graph.cycles();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Set<TypeDeclaration<?>> removed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<TypeDeclaration<?>> cycle : cycles) {
            TypeDeclaration<?> first = cycle.get(0);
            Location at = graph.location(first);
            if (reported.contains(at.file())) {
                String names = cycle.stream().map(TypeDeclaration::getNameAsString).collect(Collectors.joining(" → "));
                diagnostics.add(new Diagnostic(Diagnostic.Kind.CIRCULAR_INHERITANCE, at, names + " → "
                        + first.getNameAsString() + "; these types are not analyzed (javac rejects cyclic "
                        + "inheritance: fix the extends/implements clauses)"));
            }
            removed.addAll(cycle);
        }
        removed.forEach(type -> type.findCompilationUnit().ifPresent(UnitMemo::forgetAll));
        removed.forEach(Node::remove);
        Set<Path> files = new HashSet<>();
        removed.forEach(type -> files.add(graph.files.get(type)));
        return new Removal(diagnostics, files);
    }

    /** Each cycle once, starting at its first type by location. */
    private List<List<TypeDeclaration<?>>> cycles() {
        Map<TypeDeclaration<?>, Integer> state = new IdentityHashMap<>();
        Map<Set<String>, List<TypeDeclaration<?>>> found = new LinkedHashMap<>();
        for (TypeDeclaration<?> type : types.values()) {
            visit(type, new ArrayList<>(), state, found);
        }
        return new ArrayList<>(found.values());
    }

    private static final int ON_PATH = 1;
    private static final int DONE = 2;

    private void visit(TypeDeclaration<?> type, List<TypeDeclaration<?>> path, Map<TypeDeclaration<?>, Integer> state,
            Map<Set<String>, List<TypeDeclaration<?>>> found) {
        Integer seen = state.get(type);
        if (seen != null && seen == DONE) {
            return;
        }
        if (seen != null) {
            List<TypeDeclaration<?>> cycle = new ArrayList<>(path.subList(path.indexOf(type), path.size()));
            Set<String> key = new HashSet<>();
            cycle.forEach(t -> key.add(t.getFullyQualifiedName().orElse(t.getNameAsString())));
            found.putIfAbsent(key, rotated(cycle));
            return;
        }
        state.put(type, ON_PATH);
        path.add(type);
        for (TypeDeclaration<?> supertype : supertypes(type)) {
            visit(supertype, path, state, found);
        }
        path.remove(path.size() - 1);
        state.put(type, DONE);
    }

    private List<TypeDeclaration<?>> rotated(List<TypeDeclaration<?>> cycle) {
        TypeDeclaration<?> first = cycle.stream().min(Comparator.comparing(this::location)).orElseThrow();
        int at = cycle.indexOf(first);
        List<TypeDeclaration<?>> result = new ArrayList<>(cycle.subList(at, cycle.size()));
        result.addAll(cycle.subList(0, at));
        return result;
    }

    private Location location(TypeDeclaration<?> type) {
        return type.getName().getBegin().map(p -> new Location(files.get(type), p.line, p.column))
                .orElse(new Location(files.get(type), 0, 0));
    }

    /** The source types {@code type} extends or implements directly. */
    private List<TypeDeclaration<?>> supertypes(TypeDeclaration<?> type) {
        List<ClassOrInterfaceType> named = new ArrayList<>();
        if (type instanceof NodeWithExtends<?> e) {
            named.addAll(e.getExtendedTypes());
        }
        if (type instanceof NodeWithImplements<?> i) {
            named.addAll(i.getImplementedTypes());
        }
        List<TypeDeclaration<?>> found = new ArrayList<>();
        for (ClassOrInterfaceType t : named) {
            lookUp(type, t.getNameWithScope()).ifPresent(found::add);
        }
        return found;
    }

    private Optional<TypeDeclaration<?>> lookUp(TypeDeclaration<?> from, String name) {
        String first = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        String rest = name.substring(first.length());
        List<String> candidates = new ArrayList<>();
        for (Node n = from; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> enclosing) {
                enclosing.getFullyQualifiedName().ifPresent(q -> candidates.add(q + "." + name));
            }
        }
        Optional<CompilationUnit> unit = from.findCompilationUnit();
        List<ImportDeclaration> imports = unit.<List<ImportDeclaration>>map(CompilationUnit::getImports).orElse(List.of());
        for (ImportDeclaration i : imports) {
            if (!i.isAsterisk() && !i.isStatic() && i.getName().getIdentifier().equals(first)) {
                candidates.add(i.getNameAsString() + rest);
            }
        }
        String pkg = unit.flatMap(CompilationUnit::getPackageDeclaration).map(PackageDeclaration::getNameAsString)
                .orElse("");
        candidates.add(pkg.isEmpty() ? name : pkg + "." + name);
        for (ImportDeclaration i : imports) {
            if (i.isAsterisk() && !i.isStatic()) {
                candidates.add(i.getNameAsString() + "." + name);
            }
        }
        candidates.add(name);
        return candidates.stream().map(types::get).filter(t -> t != null).findFirst();
    }
}
