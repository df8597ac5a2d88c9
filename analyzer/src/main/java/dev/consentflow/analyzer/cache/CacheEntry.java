package dev.consentflow.analyzer.cache;

import dev.consentflow.analyzer.AnalysisResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One cached analysis: what it read and what it found.
 *
 * @param key the digest of everything besides the source files the result depends on ({@link CacheKey})
 * @param roots source roots the analysis found from package declarations beyond the requested paths; their
 *     files were read for symbol resolution
 * @param files every source file read (requested ones and those under {@code roots}) → its content digest
 * @param result the analysis result
 */
record CacheEntry(String key, List<Path> roots, Map<String, String> files, AnalysisResult result) {}
