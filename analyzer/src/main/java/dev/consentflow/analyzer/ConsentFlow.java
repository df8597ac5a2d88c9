package dev.consentflow.analyzer;

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
     * @throws AnalysisException when the request cannot be analyzed at all (a source path that does not
     *     exist, a broken policy file)
     */
    public static AnalysisResult analyze(AnalysisRequest request) {
        return LargeStack.call(() -> new Analysis(request).run());
    }
}
