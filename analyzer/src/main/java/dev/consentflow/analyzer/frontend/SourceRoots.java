package dev.consentflow.analyzer.frontend;

import com.github.javaparser.ast.PackageDeclaration;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds the source roots of parsed files from their package declarations: for {@code package a.b;} in
 * {@code /src/a/b/X.java} the root is {@code /src}. A file whose folder does not match its package is
 * its own folder's root (its package's other files are most likely beside it).
 */
public final class SourceRoots {
    private SourceRoots() {}

    static List<Path> of(List<SourceFile> files) {
        TreeSet<Path> roots = new TreeSet<>();
        for (SourceFile file : files) {
            Path folder = file.path().getParent();
            String pkg = file.unit().getPackageDeclaration().map(PackageDeclaration::getNameAsString).orElse("");
            roots.add(root(folder, pkg));
        }
        return List.copyOf(roots);
    }

    public static Path root(Path folder, String pkg) {
        if (pkg.isEmpty()) {
            return folder;
        }
        Path packagePath = Path.of("", pkg.split("\\."));
        return folder.endsWith(packagePath) && folder.getNameCount() > packagePath.getNameCount()
                ? folder.getRoot().resolve(folder.subpath(0, folder.getNameCount() - packagePath.getNameCount()))
                : folder;
    }
}
