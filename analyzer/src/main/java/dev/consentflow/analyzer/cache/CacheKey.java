package dev.consentflow.analyzer.cache;

import dev.consentflow.analyzer.AnalysisRequest;
import dev.consentflow.analyzer.ConsentFlow;
import dev.consentflow.analyzer.ToolVersion;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The digest of everything besides source files that an analysis result depends on: the analyzer's version
 * and code (a SNAPSHOT changes without changing its version), the policy file's content, each classpath
 * jar's or class directory's content, the baseline file's content, the request's options and any unsaved editor buffers it carries.
 */
final class CacheKey {
    private CacheKey() {}

    static String of(AnalysisRequest request) {
        StringJoiner key = new StringJoiner("\n");
        key.add("consentflow result cache 1").add(ToolVersion.current()).add(analyzerCode());
        key.add("policy " + request.policyFile().map(p -> p + " " + ContentHash.ofPath(p)).orElse("none"));
        key.add("baseline " + request.baselineFile().map(p -> p + " " + ContentHash.ofPath(p)).orElse("none"));
        request.classpath().forEach(entry -> key.add("classpath " + entry + " " + ContentHash.ofPath(entry)));
        request.ownOutput().forEach(entry -> key.add("own output " + entry));
        request.sources().forEach(source -> key.add("source " + source));
        request.includes().forEach(glob -> key.add("include " + glob));
        request.excludes().forEach(glob -> key.add("exclude " + glob));
        key.add("report root " + request.reportRoot()).add("encoding " + request.encoding().name());
        // Unsaved editor buffers stand for their files: their text counts, not the file on disk.
        new TreeMap<>(request.contents()).forEach((path, text) -> key.add("buffer " + path + " " + ContentHash.of(text)));
        return ContentHash.of(key.toString());
    }

    /** The digest of the jar or class directory the analyzer runs from. */
    private static String analyzerCode() {
        try {
            return ContentHash.ofPath(Path.of(
                    ConsentFlow.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            // Without knowing its own code, a result could outlive the analyzer that made it: never reuse it.
            return UUID.randomUUID().toString();
        }
    }
}
