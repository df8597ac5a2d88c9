package dev.consentflow.analyzer.incremental;

import dev.consentflow.analyzer.cache.ContentHash;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * SHA-256 hashes of source texts. A file is read again only when its size or modification time changed
 * since it was last hashed, so that checking whether a large project changed costs one {@code stat} per
 * file. The hash is of the decoded text, so a file on disk and the same text in an editor buffer hash alike.
 */
final class ContentHashes {
    private record Stamp(long size, long modified, String hash) {}

    private final Map<Path, Stamp> stamps = new HashMap<>();

    /** The hash of a file's text; empty when it cannot be read (it then does not parse either). */
    Optional<String> of(Path file, Charset encoding) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            long modified = attributes.lastModifiedTime().toMillis();
            Stamp known = stamps.get(file);
            if (known != null && known.size() == attributes.size() && known.modified() == modified) {
                return Optional.of(known.hash());
            }
            String hash = ContentHash.of(new String(Files.readAllBytes(file), encoding));
            stamps.put(file, new Stamp(attributes.size(), modified, hash));
            return Optional.of(hash);
        } catch (IOException e) {
            stamps.remove(file);
            return Optional.empty();
        }
    }
}
