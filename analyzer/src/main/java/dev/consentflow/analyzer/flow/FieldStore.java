package dev.consentflow.analyzer.flow;

import dev.consentflow.analyzer.guard.Consent;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The personal data written to each field anywhere in the program, so that data stored in one method
 * and read in another is followed (a DTO, a queue of pending mails). Flow-insensitive: a read sees every
 * write. Data read back from a field has no known owner (DESIGN §1: its subject is unknown); the consents
 * travelling with it stay. When a field is written after some method already read it, another round of
 * analysis is needed ({@link #nextRound()}).
 */
final class FieldStore {
    private final Map<String, Set<Taint>> values = new HashMap<>();
    /** Per collection field: the consents that held for every element added to it (DESIGN §1). */
    private final Map<String, Set<Consent>> elementConsents = new HashMap<>();
    private final Set<String> readThisRound = new HashSet<>();
    private boolean stale;

    /** What was written to the field so far; {@code key} names the field ({@code pkg.Type#name}). */
    Set<Taint> read(String key) {
        readThisRound.add(key);
        return values.getOrDefault(key, Set.of());
    }

    /** Adds the data of {@code taints} (placeholders excluded: they mean nothing outside their method). */
    void write(String key, Collection<Taint> taints) {
        Set<Taint> stored = values.computeIfAbsent(key, k -> new HashSet<>());
        for (Taint t : taints) {
            if (!t.isPlaceholder() && stored.add(t.withUnknownSubject()) && readThisRound.contains(key)) {
                stale = true;
            }
        }
    }

    /** The consents that hold for every element ever added to the field (subject {@link AccessPath#ELEMENT}). */
    Set<Consent> elements(String key) {
        readThisRound.add(key);
        return elementConsents.getOrDefault(key, Set.of());
    }

    /** An element was added to the collection the field holds, with these consents holding for it. */
    void addElement(String key, Set<Consent> consents) {
        Set<Consent> known = elementConsents.get(key);
        if (known == null) {
            elementConsents.put(key, new HashSet<>(consents));
            stale |= readThisRound.contains(key);
        } else if (known.retainAll(consents)) {
            stale |= readThisRound.contains(key);
        }
    }

    /** Starts a round; returns whether the previous one read a field before all its writes were seen. */
    boolean nextRound() {
        boolean again = stale;
        stale = false;
        readThisRound.clear();
        return again;
    }
}
