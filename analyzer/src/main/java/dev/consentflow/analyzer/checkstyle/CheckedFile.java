package dev.consentflow.analyzer.checkstyle;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.PackageDeclaration;
import dev.consentflow.analyzer.frontend.SourceRoots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a file handed to the check belongs: its real path in the project and the project's source roots.
 * IDE plugins check an unsaved buffer from a temporary copy ({@code /tmp/csi-123/Foo.java}); the copy is
 * mapped back to the file of the same package and name in a configured source root, so that its findings
 * are those of the real file and the real file's old text is not analyzed beside it.
 *
 * @param realPath the file in the project (the given path when it is in a root or no root holds its twin)
 * @param sourceRoots the configured roots, or by default the root implied by the package declaration
 *     (N folders above the file for an N-segment package) plus every {@code src/main/java} above the file
 */
record CheckedFile(Path realPath, List<Path> sourceRoots) {
    private static final String MAVEN_SOURCES = "src/main/java";

    /**
     * @param given the path Checkstyle hands over
     * @param text its text
     * @param configuredRoots the {@code sourceRoots} property; empty for the default
     */
    static CheckedFile locate(Path given, String text, List<Path> configuredRoots) {
        Path file = given.toAbsolutePath().normalize();
        if (configuredRoots.isEmpty()) {
            return new CheckedFile(file, defaultRoots(file, packageName(text)));
        }
        List<Path> roots = configuredRoots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        if (roots.stream().anyMatch(file::startsWith)) {
            return new CheckedFile(file, roots);
        }
        Path inPackage = packagePath(packageName(text)).resolve(file.getFileName().toString());
        return roots.stream().map(root -> root.resolve(inPackage)).filter(Files::isRegularFile).findFirst()
                .map(real -> new CheckedFile(real, roots))
                .orElse(new CheckedFile(file, roots));
    }

    private static List<Path> defaultRoots(Path file, String pkg) {
        Set<Path> roots = new LinkedHashSet<>();
        roots.add(SourceRoots.root(file.getParent(), pkg));
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            Path sources = dir.resolve(MAVEN_SOURCES);
            if (Files.isDirectory(sources)) {
                roots.add(sources);
            }
        }
        return new ArrayList<>(roots);
    }

    private static Path packagePath(String pkg) {
        return pkg.isEmpty() ? Path.of("") : Path.of("", pkg.split("\\."));
    }

    /** The declared package, also of a file with syntax errors further down (a buffer being typed). */
    private static String packageName(String text) {
        ParserConfiguration config = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25)
                .setAttributeComments(false);
        return new JavaParser(config).parse(text).getResult()
                .flatMap(CompilationUnit::getPackageDeclaration)
                .map(PackageDeclaration::getNameAsString)
                .orElse("");
    }
}
