package dev.consentflow.analyzer.incremental;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What identifies one analyzed project across checks: the same sources, classpath and policy give the same
 * analysis, so checks of different files of one project share it.
 *
 * @param sourceRoots the source directories, absolute and normalized; at least one
 * @param classpath jars and class directories the sources compile against
 * @param policyFile the optional {@code consentflow.yaml}
 * @param encoding the charset the sources are written in
 * @param cacheFile where the last result is kept between JVMs, if anywhere
 */
public record Project(List<Path> sourceRoots, List<Path> classpath, Optional<Path> policyFile, Charset encoding,
        Optional<Path> cacheFile) {
    public Project {
        sourceRoots = sourceRoots.stream().map(p -> p.toAbsolutePath().normalize()).distinct().sorted().toList();
        classpath = classpath.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        policyFile = policyFile.map(p -> p.toAbsolutePath().normalize());
        cacheFile = cacheFile.map(p -> p.toAbsolutePath().normalize());
        if (sourceRoots.isEmpty()) {
            throw new IllegalArgumentException("no source root given");
        }
    }

    /** Whether {@code file} lies in one of the source roots. */
    public boolean contains(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        return sourceRoots.stream().anyMatch(normalized::startsWith);
    }
}
