package dev.consentflow.analyzer;

import java.util.List;

/**
 * The one façade every entry point calls: source files, classpath and policy in, findings out.
 * Never prints, never exits, reads only the files the request names.
 */
public final class ConsentFlow {
    private ConsentFlow() {}

    /**
     * Analyzes the request's sources.
     *
     * @return findings and diagnostics in a deterministic order
     * @throws AnalysisException when the request cannot be analyzed at all (a broken policy file, a
     *     source path that does not exist)
     */
    public static AnalysisResult analyze(AnalysisRequest request) {
        // TEMPORARY until the engine lands in this session.
        return new AnalysisResult(List.of(), List.of(), 0, 0, request.reportRoot());
    }
}
