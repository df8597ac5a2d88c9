package dev.consentflow.analyzer.cache;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.consentflow.analyzer.AnalysisRequest;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.frontend.JavaFrontend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An on-disk cache of the last analysis result of a request, in {@code <dir>/result.json}. A result is
 * served only when nothing it depends on changed: the {@link CacheKey} (analyzer, policy, classpath,
 * options) and the content of every source file the analysis read, including files added to or removed
 * from its source roots. The file is written atomically (a temporary file moved into place) and carries
 * a checksum of its content; a file that does not parse or whose checksum does not match is ignored and
 * replaced by the next result. Any I/O problem with the cache only means a cold analysis.
 */
public final class ResultCache {
    private static final String FILE = "result.json";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path dir;
    private final AnalysisRequest request;
    private final String key;

    /**
     * @param dir the cache directory (created when a result is stored)
     * @param request the request whose results are cached
     * @throws UncheckedIOException when the policy file or a classpath entry cannot be read
     */
    public ResultCache(Path dir, AnalysisRequest request) {
        this.dir = dir;
        this.request = request;
        this.key = CacheKey.of(request);
    }

    /** The cached result of this request, when there is one and it is still valid. */
    public Optional<AnalysisResult> lookup() {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode stored = JSON.readTree(file.toFile());
            JsonNode entryNode = stored.path("entry");
            if (!entryNode.isObject() || !checksum(entryNode).equals(stored.path("checksum").asText())) {
                return Optional.empty();
            }
            CacheEntry entry = JSON.treeToValue(entryNode, CacheEntry.class);
            if (!entry.key().equals(key) || !entry.files().equals(digests(entry.roots()))) {
                return Optional.empty();
            }
            return Optional.of(entry.result());
        } catch (IOException | RuntimeException e) {
            // A corrupt or unreadable cache is rebuilt by the next store.
            return Optional.empty();
        }
    }

    /**
     * Keeps {@code result} as this request's, replacing what the cache held.
     *
     * @param roots source roots the analysis read beyond the requested paths
     * @return whether the result was written (a cache that cannot be written is not an error)
     */
    public boolean store(List<Path> roots, AnalysisResult result) {
        try {
            CacheEntry entry = new CacheEntry(key, roots, digests(roots), result);
            ObjectNode stored = JSON.createObjectNode();
            JsonNode entryNode = JSON.valueToTree(entry);
            stored.put("checksum", checksum(entryNode));
            stored.set("entry", entryNode);
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, FILE, ".tmp");
            try {
                JSON.writeValue(temporary.toFile(), stored);
                move(temporary, dir.resolve(FILE));
            } finally {
                Files.deleteIfExists(temporary);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            // Unwritable, or a source root gone since the parse: the next run is cold, nothing is lost.
            return false;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Every source file the request's analysis reads, with the given roots, → its content digest. */
    private Map<String, String> digests(List<Path> roots) {
        Map<String, String> files = new TreeMap<>();
        for (Path file : JavaFrontend.sourceFiles(request, roots)) {
            files.put(file.toString(), ContentHash.ofPath(file));
        }
        return files;
    }

    private static String checksum(JsonNode entry) throws JacksonException {
        return ContentHash.of(JSON.writeValueAsBytes(entry));
    }
}
