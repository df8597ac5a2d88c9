package dev.consentflow.analyzer.frontend;

import dev.consentflow.analyzer.model.Diagnostic;
import java.util.List;

/**
 * The parsed project: every file that parsed, with symbols resolvable through one solver, and a
 * diagnostic for every file that was skipped.
 *
 * @param files parsed files, sorted by path
 * @param diagnostics parse and read errors, sorted by location
 */
public record ParsedProgram(List<SourceFile> files, List<Diagnostic> diagnostics) {
    public ParsedProgram {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }

    public long lines() {
        return files.stream().mapToLong(SourceFile::lines).sum();
    }
}
