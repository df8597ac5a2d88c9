package dev.consentflow.analyzer;

import dev.consentflow.analyzer.cache.ResultCache;
import java.util.Optional;

/**
 * The one façade every entry point calls: source files, classpath and policy in, findings out.
 * Never prints, never exits, reads only the files the request names (and writes only to its cache
 * directory, when it has one).
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
        return analyze(request, AnalysisListener.NONE);
    }

    /**
     * Analyzes the request's sources, or serves the result from the request's cache directory when
     * nothing the result depends on changed since it was stored (see {@link ResultCache}); a fresh result
     * is stored there.
     *
     * @param listener hears of each phase and of the progress within it
     * @return findings and diagnostics in a deterministic order, the same with and without a cache
     * @throws AnalysisException when the request cannot be analyzed at all (a source path that does not
     *     exist, a broken policy file)
     */
    public static AnalysisResult analyze(AnalysisRequest request, AnalysisListener listener) {
        return analyze(request, listener, KeptAnalysis.none());
    }

    /**
     * Analyzes the request's sources as {@link #analyze(AnalysisRequest, AnalysisListener)} does, reusing
     * the parsed units {@code kept} holds for files that did not change and bringing its flow analysis up to
     * date with what changed, and keeping the new ones there (for callers that analyze one project again and
     * again, such as the Checkstyle check).
     *
     * @param kept what earlier analyses of the same sources left; used by one analysis at a time
     * @return the same findings and flows as without {@code kept}; unresolved symbols are reported (and
     *     counted) in the code analyzed again only
     * @throws AnalysisException when the request cannot be analyzed at all (a source path that does not
     *     exist, a broken policy file)
     */
    public static AnalysisResult analyze(AnalysisRequest request, AnalysisListener listener, KeptAnalysis kept) {
        return LargeStack.call(() -> {
            listener.started(AnalysisListener.Phase.CACHE);
            Optional<ResultCache> cache = request.cacheDir().map(dir -> new ResultCache(dir, request));
            Optional<AnalysisResult> cached = cache.flatMap(ResultCache::lookup);
            listener.finished(AnalysisListener.Phase.CACHE);
            if (cached.isPresent()) {
                listener.servedFromCache();
                return cached.get();
            }
            Analysis analysis = new Analysis(request, listener, kept);
            AnalysisResult result = analysis.run();
            cache.ifPresent(c -> c.store(analysis.roots(), result));
            return result;
        });
    }
}
