package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import dev.consentflow.analyzer.frontend.ParsedFiles;
import dev.consentflow.analyzer.frontend.SourceFile;
import dev.consentflow.analyzer.frontend.UnitTypes;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an edit of some files changed, as the incremental analysis needs it ({@link FlowEngine#update}):
 * the members (methods, constructors, initializers, fields) of the files as they were and as they are,
 * matched by their declaring type and signature (a member written as before at the same place is moved
 * into the new unit, so that the analysis of it stays valid); the names whose declaration changed (a
 * parameter added, an annotation removed, a method added or removed), since code that mentions such a name
 * may now resolve to something else; the names the changed code calls, whose methods' callers changed;
 * and whether the types themselves changed (declared, removed, renamed, given other supertypes or
 * annotations, another package, a local class declared or changed), which changes resolution anywhere.
 */
final class ProgramEdit {
    /** Members of the files as they were, each with its match among the new members, if any. */
    final Map<Node, Node> matched = new IdentityHashMap<>();
    /** Every member of the edited files as they were: their analysis is gone with them. */
    final List<Node> oldMembers = new ArrayList<>();
    /** Every member of the edited files as they are. */
    final List<Node> newMembers = new ArrayList<>();
    /** The types of the edited files as they were, each with the same type as it is now (when not structural). */
    final Map<TypeDeclaration<?>, TypeDeclaration<?>> types = new IdentityHashMap<>();
    /** Names whose declaration was added, removed or changed, but for the members of {@link #members}. */
    final Set<String> declarations = new HashSet<>();
    /**
     * Names of the methods and fields (with their accessors) of the files' types whose declaration was
     * added, removed or changed, with the qualified names of the types where a lookup finds them: their
     * declaring types, and for types that were declared, removed or reshaped every type whose ancestors
     * changed with them.
     */
    final Map<String, Set<String>> members = new HashMap<>();
    /** Names of the methods and constructors the changed members call, before and after the edit. */
    final Set<String> called = new HashSet<>();
    /** Qualified names of the types that were declared, removed or reshaped (when {@link #structural}). */
    final Set<String> reshaped = new HashSet<>();
    /** Whether the types changed: a file added, removed, no longer parsing, or a type's shape changed. */
    final boolean structural;
    final boolean empty;

    private ProgramEdit(List<SourceFile> before, List<SourceFile> after) {
        Map<Path, CompilationUnit> was = units(before);
        Map<Path, CompilationUnit> is = units(after);
        List<CompilationUnit> reshapedUnits = new ArrayList<>();
        boolean any = false;
        for (Map.Entry<Path, CompilationUnit> file : is.entrySet()) {
            CompilationUnit old = was.get(file.getKey());
            if (old == null) {
                any = true;
                reshapedUnits.add(file.getValue());
                members(file.getValue()).values().forEach(newMembers::add);
            } else if (old != file.getValue()) {
                any = true;
                boolean reshapedUnit = !shape(old).equals(shape(file.getValue()));
                if (reshapedUnit) {
                    reshapedUnits.add(old);
                    reshapedUnits.add(file.getValue());
                }
                compare(old, file.getValue(), !reshapedUnit);
                List<TypeDeclaration<?>> oldTypes = types(old);
                List<TypeDeclaration<?>> newTypes = types(file.getValue());
                for (int i = 0; i < Math.min(oldTypes.size(), newTypes.size()); i++) {
                    types.put(oldTypes.get(i), newTypes.get(i));
                }
            }
        }
        for (Map.Entry<Path, CompilationUnit> file : was.entrySet()) {
            if (!is.containsKey(file.getKey())) {
                any = true;
                reshapedUnits.add(file.getValue());
                members(file.getValue()).values().forEach(oldMembers::add);
            }
        }
        this.structural = !reshapedUnits.isEmpty();
        this.empty = !any;
        if (structural) {
            reshaped(reshapedUnits, before, after);
        }
    }

    /**
     * Code that resolves to a type that was declared, removed or reshaped names it, or one of its members,
     * or a member it inherits from a supertype in the sources ({@code repo.find().getEmail()}, with
     * {@code getEmail} declared in the supertype of the type {@code find} returns): the type's name; the
     * methods and fields as {@link #members} of the type and of every subtype (their ancestors changed with
     * it), since a member is looked up from a receiver's type.
     */
    private void reshaped(List<CompilationUnit> units, List<SourceFile> before, List<SourceFile> after) {
        Map<String, List<TypeDeclaration<?>>> bySimpleName = new HashMap<>();
        for (List<SourceFile> files : List.of(before, after)) {
            for (SourceFile file : files) {
                types(file.unit()).forEach(t -> bySimpleName.computeIfAbsent(t.getNameAsString(),
                        k -> new ArrayList<>()).add(t));
            }
        }
        Deque<TypeDeclaration<?>> work = new ArrayDeque<>();
        units.forEach(unit -> work.addAll(types(unit)));
        // The types themselves are reshaped; their supertypes in the sources only lend them members.
        Set<String> names = new HashSet<>();
        Set<TypeDeclaration<?>> own = Collections.newSetFromMap(new IdentityHashMap<>());
        own.addAll(work);
        work.forEach(type -> {
            names.add(type.getNameAsString());
            declarations.add(type.getNameAsString());
            type.getFullyQualifiedName().ifPresent(reshaped::add);
        });
        Set<TypeDeclaration<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> memberNames = new HashSet<>();
        while (!work.isEmpty()) {
            TypeDeclaration<?> type = work.pop();
            if (!seen.add(type)) {
                continue;
            }
            for (BodyDeclaration<?> member : type.getMembers()) {
                if (type.getFullyQualifiedName().isPresent() && ofTypes(member) && lookedUp(member)) {
                    memberNames.addAll(names(member));
                } else if (own.contains(type)) {
                    declarations.addAll(names(member));
                }
            }
            if (type instanceof RecordDeclaration r) {
                r.getParameters().forEach(p -> declarations.addAll(Mentions.accessors(p.getNameAsString())));
            }
            if (type instanceof EnumDeclaration e) {
                e.getEntries().forEach(c -> declarations.add(c.getNameAsString()));
            }
            supertypes(type).forEach(name -> work.addAll(bySimpleName.getOrDefault(name, List.of())));
        }
        // The ancestors of their subtypes, found by name, changed too.
        boolean more = true;
        while (more) {
            more = false;
            for (List<TypeDeclaration<?>> sameName : bySimpleName.values()) {
                for (TypeDeclaration<?> type : sameName) {
                    if (!names.contains(type.getNameAsString()) && supertypes(type).stream().anyMatch(names::contains)) {
                        names.add(type.getNameAsString());
                        type.getFullyQualifiedName().ifPresent(reshaped::add);
                        more = true;
                    }
                }
            }
        }
        memberNames.forEach(name -> members.computeIfAbsent(name, k -> new HashSet<>()).addAll(reshaped));
    }

    private static List<String> supertypes(TypeDeclaration<?> type) {
        List<String> names = new ArrayList<>();
        if (type instanceof ClassOrInterfaceDeclaration c) {
            c.getExtendedTypes().forEach(t -> names.add(t.getNameAsString()));
            c.getImplementedTypes().forEach(t -> names.add(t.getNameAsString()));
        } else if (type instanceof RecordDeclaration r) {
            r.getImplementedTypes().forEach(t -> names.add(t.getNameAsString()));
        } else if (type instanceof EnumDeclaration e) {
            e.getImplementedTypes().forEach(t -> names.add(t.getNameAsString()));
        }
        return names;
    }

    /** The edit that turns {@code before} into {@code after} (a file is the same when its unit is the same object). */
    static ProgramEdit between(List<SourceFile> before, List<SourceFile> after) {
        return new ProgramEdit(before, after);
    }

    private static Map<Path, CompilationUnit> units(List<SourceFile> files) {
        Map<Path, CompilationUnit> units = new HashMap<>();
        files.forEach(f -> units.put(f.path(), f.unit()));
        return units;
    }

    /**
     * What a file declares beyond its members' code: package, types with their headers (annotations,
     * modifiers, type parameters, supertypes, record components, enum constants).
     */
    private static List<String> shape(CompilationUnit unit) {
        List<String> shape = new ArrayList<>();
        shape.add(unit.getPackageDeclaration().map(Node::toString).orElse(""));
        for (TypeDeclaration<?> type : types(unit)) {
            StringBuilder header = new StringBuilder(key(type)).append('\n');
            type.getAnnotations().forEach(a -> header.append(a).append('\n'));
            header.append(type.getModifiers()).append('\n');
            if (type instanceof ClassOrInterfaceDeclaration c) {
                header.append(c.isInterface()).append(c.getTypeParameters()).append(c.getExtendedTypes())
                        .append(c.getImplementedTypes()).append(c.getPermittedTypes());
            } else if (type instanceof RecordDeclaration r) {
                header.append(r.getTypeParameters()).append(r.getParameters()).append(r.getImplementedTypes());
            } else if (type instanceof EnumDeclaration e) {
                header.append(e.getImplementedTypes()).append(e.getEntries());
            }
            shape.add(header.toString());
        }
        return shape;
    }

    /** Every type of the unit, local classes too (they take part in dispatch like the others). */
    private static List<TypeDeclaration<?>> types(CompilationUnit unit) {
        return UnitTypes.of(unit);
    }

    /**
     * Compares the members of a file's two versions. When the file's types kept their shape and imports, a
     * member written exactly as before at the same place keeps its node: it is moved into the new unit
     * ({@link #keepUnchanged}), and what the analysis knows of it stays valid.
     */
    private void compare(CompilationUnit old, CompilationUnit now, boolean sameShape) {
        Map<String, Node> was = members(old);
        boolean imports = !old.getImports().equals(now.getImports());
        if (sameShape && !imports) {
            keepUnchanged(was, now);
        }
        Map<String, Node> is = members(now);
        Set<Node> before = Collections.newSetFromMap(new IdentityHashMap<>());
        before.addAll(was.values());
        Set<Node> after = Collections.newSetFromMap(new IdentityHashMap<>());
        after.addAll(is.values());
        // A member kept is in both versions.
        was.values().stream().filter(m -> !after.contains(m)).forEach(oldMembers::add);
        is.values().stream().filter(m -> !before.contains(m)).forEach(newMembers::add);
        for (Map.Entry<String, Node> member : was.entrySet()) {
            Node match = is.get(member.getKey());
            if (match == member.getValue()) {
                continue;
            }
            if (match != null) {
                matched.put(member.getValue(), match);
            }
            if (match == null || imports || !declaration(member.getValue()).equals(declaration(match))) {
                declared(member.getValue());
            }
            if (match == null || !member.getValue().equals(match)) {
                called.addAll(calls(member.getValue()));
                Optional.ofNullable(match).ifPresent(m -> called.addAll(calls(m)));
            }
        }
        for (Map.Entry<String, Node> member : is.entrySet()) {
            if (!was.containsKey(member.getKey())) {
                declared(member.getValue());
                called.addAll(calls(member.getValue()));
            }
        }
    }

    /** The declaration of {@code member} was added, removed or changed. */
    private void declared(Node member) {
        Optional<String> type = member.getParentNode().filter(p -> p instanceof TypeDeclaration<?>)
                .flatMap(p -> ((TypeDeclaration<?>) p).getFullyQualifiedName()).filter(t -> ofTypes(member));
        if (type.isPresent() && lookedUp(member)) {
            names(member).forEach(name -> members.computeIfAbsent(name, k -> new HashSet<>()).add(type.get()));
        } else {
            declarations.addAll(names(member));
        }
    }

    /**
     * Puts each member of the old version ({@code was}, by key) that is equal to its new version, range
     * included, in its place in {@code now}. Only the members of the types themselves are moved (their
     * nested methods come with them); a member at another place must be analyzed again for its positions.
     */
    private static void keepUnchanged(Map<String, Node> was, CompilationUnit now) {
        for (Map.Entry<String, Node> member : members(now).entrySet()) {
            Node before = was.get(member.getKey());
            Node after = member.getValue();
            if (before != null && ofTypes(after) && after.getRange().equals(before.getRange()) && after.equals(before)) {
                after.replace(before);
                ParsedFiles.moved(before, now);
            }
        }
    }

    /** Whether code reaches the member only by looking it up by name ({@link MemberLookups}): a method, a field. */
    private static boolean lookedUp(Node member) {
        return member instanceof MethodDeclaration || member instanceof FieldDeclaration;
    }

    /** Whether the member is declared by the file's types themselves, not by a class declared in code. */
    private static boolean ofTypes(Node member) {
        Optional<Node> parent = member.getParentNode();
        while (parent.isPresent() && parent.get() instanceof TypeDeclaration<?>) {
            parent = parent.get().getParentNode();
        }
        return parent.filter(p -> p instanceof CompilationUnit).isPresent();
    }


    /**
     * The members of a unit by key: the declaring type's path and the signature as written, numbered when
     * the same key comes again. Methods of anonymous and local classes are members too (the engine analyzes
     * them), keyed under the member that declares them.
     */
    private static Map<String, Node> members(CompilationUnit unit) {
        Map<String, Node> members = new LinkedHashMap<>();
        for (TypeDeclaration<?> type : types(unit)) {
            if (type instanceof ClassOrInterfaceDeclaration c && c.isLocalClassDeclaration()) {
                // Their fields and initializers are code of the method declaring them.
                continue;
            }
            for (BodyDeclaration<?> member : type.getMembers()) {
                if (member instanceof FieldDeclaration || member instanceof InitializerDeclaration) {
                    put(members, key(member), member);
                }
            }
        }
        for (CallableDeclaration<?> callable : unit.findAll(CallableDeclaration.class)) {
            put(members, key(callable), callable);
        }
        return members;
    }

    private static void put(Map<String, Node> members, String key, Node member) {
        String unique = key;
        for (int n = 2; members.containsKey(unique); n++) {
            unique = key + "#" + n;
        }
        members.put(unique, member);
    }

    /** The path of named declarations and anonymous classes down to the node, with its own signature. */
    private static String key(Node node) {
        StringBuilder key = new StringBuilder();
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            String part;
            if (n instanceof CallableDeclaration<?> c) {
                part = c.getNameAsString() + c.getParameters().stream().map(p -> p.getType().asString()).toList();
            } else if (n instanceof FieldDeclaration f) {
                part = "field " + f.getVariables().stream().map(v -> v.getNameAsString()).toList();
            } else if (n instanceof InitializerDeclaration i) {
                part = i.isStatic() ? "static {}" : "{}";
            } else if (n instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()) {
                part = "new " + o.getTypeAsString();
            } else if (n instanceof NodeWithSimpleName<?> named && n instanceof TypeDeclaration<?>) {
                part = named.getNameAsString();
            } else {
                continue;
            }
            key.insert(0, part + "/");
        }
        return key.toString();
    }

    /** A member as callers and readers see it: all but the body of a method, all but the initializers of a field. */
    private static String declaration(Node member) {
        if (member instanceof CallableDeclaration<?> c) {
            return c.getAnnotations() + c.getDeclarationAsString(true, true, true) + c.getParameters();
        }
        if (member instanceof FieldDeclaration f) {
            return f.getAnnotations() + " " + f.getModifiers() + " " + f.getElementType()
                    + f.getVariables().stream().map(v -> v.getNameAsString() + v.getType()).toList();
        }
        return "";
    }

    /** The names code uses to reach a member: a method's name, a field's name and its accessors'. */
    private static List<String> names(Node member) {
        if (member instanceof CallableDeclaration<?> c) {
            return List.of(c.getNameAsString());
        }
        List<String> names = new ArrayList<>();
        if (member instanceof FieldDeclaration f) {
            f.getVariables().forEach(v -> {
                List<String> accessors = Mentions.accessors(v.getNameAsString());
                names.addAll(accessors);
                // accessors are the field, getX and isX: the setter is written like the getter.
                accessors.stream().skip(1).limit(1).forEach(getter -> names.add("s" + getter.substring(1)));
            });
        }
        return names;
    }

    /** The names of the methods and constructors a member's code calls. */
    private static Set<String> calls(Node member) {
        Set<String> names = new HashSet<>();
        member.walk(node -> {
            if (node instanceof MethodCallExpr call) {
                names.add(call.getNameAsString());
            } else if (node instanceof MethodReferenceExpr reference) {
                names.add(reference.getIdentifier());
            }
        });
        return names;
    }
}
