package dev.consentflow.analyzer.classpath;

import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Location;
import dev.consentflow.analyzer.policy.MemberRef;
import dev.consentflow.analyzer.policy.RoleDeclarations;
import dev.consentflow.analyzer.policy.Roles;
import dev.consentflow.analyzer.policy.SourceNames;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The roles that consentflow annotations declare in the class files of a classpath: dependency jars and
 * other modules' class directories, whose sources are not analyzed. JavaParser's symbol solver does not
 * expose the annotations of members from jars, so they are read with ASM, once per element content for the
 * whole process (see {@link IndexCache}). A type on several elements is taken from the first, as the JVM
 * loads it.
 *
 * <p>Besides annotated fields and methods: a trivial accessor ({@code return this.email;}) has the role of
 * its annotated field, so field annotations work across modules; the public methods of a {@code @DataUse}
 * type are sinks.
 */
public final class ClasspathAnnotations implements RoleDeclarations {
    private final Map<String, ClassRoles> classes = new HashMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();

    /**
     * Indexes every element of {@code classpath}. Never throws: an element that cannot be read is skipped
     * and recorded in {@link #problems()}.
     *
     * @param classpath jars and class directories, in classpath order
     * @param skip elements not to read: the analyzed module's own output, whose sources are analyzed
     */
    public ClasspathAnnotations(List<Path> classpath, Set<Path> skip) {
        Set<Path> skipped = skip.stream().map(ClasspathAnnotations::normalize).collect(Collectors.toSet());
        for (Path entry : classpath) {
            Path path = normalize(entry);
            if (!skipped.contains(path)) {
                add(path);
            }
        }
    }

    /**
     * What could not be read, for the analysis to report.
     *
     * @return one {@link Diagnostic.Kind#UNRESOLVED} diagnostic (the roles declared there are unknown, so
     *     flows may be missed) per element or class file that could not be read, located at the element
     */
    public List<Diagnostic> problems() {
        return List.copyOf(problems);
    }

    @Override
    public Optional<Roles.Source> source(MemberRef member) {
        return lookUp(member, ClassRoles::sources);
    }

    @Override
    public SourceNames sourceNames() {
        Set<String> members = new HashSet<>();
        classes.values().forEach(roles -> roles.sources().keySet().forEach(m -> members.add(m.name())));
        return new SourceNames(members, Set.of());
    }

    /** Annotations apply to every caller alike: {@code caller} does not matter. */
    @Override
    public Optional<Roles.Sink> sink(MemberRef method, Optional<MemberRef> caller) {
        return lookUp(method, ClassRoles::sinks);
    }

    @Override
    public Optional<Roles.Check> check(MemberRef member) {
        return lookUp(member, ClassRoles::checks);
    }

    @Override
    public boolean anonymizer(MemberRef method) {
        ClassRoles roles = classes.get(method.type());
        return roles != null && roles.anonymizers().contains(method);
    }

    private <T> Optional<T> lookUp(MemberRef member, Function<ClassRoles, Map<MemberRef, T>> kind) {
        return Optional.ofNullable(classes.get(member.type())).map(kind).map(roles -> roles.get(member));
    }

    private void add(Path path) {
        if (!Files.exists(path)) {
            // A missing jar hides the types and roles it holds: the result is not complete.
            problems.add(new Diagnostic(path.toString().endsWith(".jar") ? Diagnostic.Kind.CLASSPATH
                    : Diagnostic.Kind.UNRESOLVED, new Location(path, 0, 0),
                    "classpath element does not exist; calls into it cannot be resolved"));
            return;
        }
        Optional<ClasspathElement> element = ClasspathElement.of(path);
        if (element.isEmpty()) {
            return;
        }
        try {
            ElementIndex index = IndexCache.get(element.get().contentHash(), () -> ElementIndex.read(element.get()));
            index.classes().forEach(classes::putIfAbsent);
            index.problems().forEach(message -> problem(path, message));
        } catch (IOException e) {
            skipped(path, "classpath element not read, its consentflow annotations are unknown (" + reason(e) + ")");
        }
    }

    /** An element that could not be read at all: the result is not complete. */
    private void skipped(Path element, String message) {
        problems.add(new Diagnostic(Diagnostic.Kind.CLASSPATH, new Location(element, 0, 0), message));
    }

    private void problem(Path element, String message) {
        problems.add(new Diagnostic(Diagnostic.Kind.UNRESOLVED, new Location(element, 0, 0), message));
    }

    /**
     * The reason without the path, which the diagnostic's location already names (and which must not make
     * reports depend on where the build ran).
     */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException f) {
            return f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
        }
        return String.valueOf(e.getMessage());
    }

    private static Path normalize(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
