package dev.consentflow.analyzer.frontend;

import dev.consentflow.analyzer.model.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * The parsed project: every file that parsed, with symbols resolvable through one solver, and a
 * diagnostic for every requested file that was skipped.
 *
 * @param files parsed files, the requested ones first, each group sorted by path
 * @param diagnostics parse and read errors, sorted by location
 * @param roots source roots found from the files' package declarations beyond the requested paths, whose
 *     other files were parsed for symbol resolution
 */
public record ParsedProgram(List<SourceFile> files, List<Diagnostic> diagnostics, List<Path> roots) {
    public ParsedProgram {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
        roots = List.copyOf(roots);
    }

    /** The files that were asked for: the ones reported on. */
    public List<SourceFile> targets() {
        return files.stream().filter(SourceFile::target).toList();
    }

    /** Lines in the requested files. */
    public long lines() {
        return targets().stream().mapToLong(SourceFile::lines).sum();
    }
}
