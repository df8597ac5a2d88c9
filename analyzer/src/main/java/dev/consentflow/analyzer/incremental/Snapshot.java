package dev.consentflow.analyzer.incremental;

import dev.consentflow.analyzer.cache.ContentHash;
import dev.consentflow.analyzer.cache.FileStamp;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The inputs of a project's analysis at one moment: the content hash of every source file under its roots,
 * of the policy file, and the size and time of each classpath entry. Two snapshots with the same
 * {@link #key()} give the same analysis result.
 */
final class Snapshot {
    private final SortedMap<Path, String> sources;
    private final String inputs;
    private final String key;

    private Snapshot(SortedMap<Path, String> sources, String inputs) {
        this.sources = sources;
        this.inputs = inputs;
        StringBuilder all = new StringBuilder(inputs);
        sources.forEach((path, hash) -> all.append(path).append('\0').append(hash).append('\n'));
        this.key = ContentHash.of(all.toString());
    }

    /** Hashes what is on disk now; a source root that does not exist holds no file. */
    static Snapshot take(Project project, ContentHashes hashes) {
        SortedMap<Path, String> sources = new TreeMap<>();
        for (Path file : SourceFiles.under(project.sourceRoots())) {
            hashes.of(file, project.encoding()).ifPresent(hash -> sources.put(file, hash));
        }
        StringBuilder inputs = new StringBuilder(project.toString()).append('\n');
        project.policyFile().ifPresent(policy -> inputs.append(hashes.of(policy, project.encoding())
                .orElse("unreadable")).append('\n'));
        for (Path entry : project.classpath()) {
            inputs.append(entry).append('\0').append(FileStamp.of(entry)).append('\n');
        }
        return new Snapshot(sources, inputs.toString());
    }

    /** This snapshot with {@code file} holding {@code text} (an editor's buffer, or a file outside the roots). */
    Snapshot with(Path file, String text) {
        String hash = ContentHash.of(text);
        if (hash.equals(sources.get(file))) {
            return this;
        }
        SortedMap<Path, String> changed = new TreeMap<>(sources);
        changed.put(file, hash);
        return new Snapshot(changed, inputs);
    }

    String key() {
        return key;
    }
}
