package dev.consentflow.analyzer.flow;

import com.github.javaparser.ast.Node;
import dev.consentflow.analyzer.guard.Consent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The personal data written to each field anywhere in the program, so that data stored in one method
 * and read in another is followed (a DTO, a queue of pending mails). Flow-insensitive: a read sees every
 * write. Data read back from a field has no known owner (DESIGN §1: its subject is unknown); the consents
 * travelling with it stay. When a field is written after some method already read it, another round of
 * analysis is needed ({@link #nextRound()}).
 *
 * <p>Each write is kept with the code that made it (a method, constructor or initializer) and each read
 * with the code that read it, so that when that code is analyzed again after an edit its old writes can be
 * taken back ({@link #forget}) and the readers of what changed found ({@link #readers}).
 */
final class FieldStore {
    /** Field key → writer → the data it wrote there. */
    private final Map<String, Map<Node, Set<Taint>>> writes = new HashMap<>();
    /** Field key → every writer's data: what a read sees. */
    private final Map<String, Set<Taint>> values = new HashMap<>();
    /** Per collection field and writer: the consents that held for every element it added (DESIGN §1). */
    private final Map<String, Map<Node, Set<Consent>>> elementConsents = new HashMap<>();
    private final Map<String, Set<Node>> readers = new HashMap<>();
    /** Code analyzed again: its new writes are kept apart until {@link #settle()}, its old ones stay visible. */
    private final Map<Node, Map<String, Set<Taint>>> rewritten = new IdentityHashMap<>();
    private final Map<Node, Map<String, Set<Consent>>> rewrittenElements = new IdentityHashMap<>();
    private final Set<String> readThisRound = new HashSet<>();
    /** Fields written this round after they were read. */
    private final Set<String> staleThisRound = new HashSet<>();
    /** The code being analyzed: the writer or reader of what is written or read now. */
    private final Supplier<Node> current;
    private boolean stale;

    /** @param current the code being analyzed at each read and write */
    FieldStore(Supplier<Node> current) {
        this.current = current;
    }

    /** What was written to the field so far; {@code key} names the field ({@code pkg.Type#name}). */
    Set<Taint> read(String key) {
        noteRead(key);
        return values.getOrDefault(key, Set.of());
    }

    /** Adds the data of {@code taints} (placeholders excluded: they mean nothing outside their method). */
    void write(String key, Collection<Taint> taints) {
        Set<Taint> own = null;
        Set<Taint> stored = values.computeIfAbsent(key, k -> new HashSet<>());
        for (Taint t : taints) {
            if (t.isPlaceholder()) {
                continue;
            }
            Taint unowned = t.withUnknownSubject();
            if (own == null) {
                own = contribution(key);
            }
            own.add(unowned);
            if (stored.add(unowned) && readThisRound.contains(key)) {
                stale = true;
                staleThisRound.add(key);
            }
        }
    }

    private Set<Taint> contribution(String key) {
        Node writer = current.get();
        Map<String, Set<Taint>> again = rewritten.get(writer);
        if (again != null) {
            return again.computeIfAbsent(key, k -> new HashSet<>());
        }
        return writes.computeIfAbsent(key, k -> new IdentityHashMap<>()).computeIfAbsent(writer, k -> new HashSet<>());
    }

    /** The consents that hold for every element ever added to the field (subject {@link AccessPath#ELEMENT}). */
    Set<Consent> elements(String key) {
        noteRead(key);
        return common(key);
    }

    /** The consents that held for the elements of every writer; empty when none was added. */
    private Set<Consent> common(String key) {
        List<Set<Consent>> all = new ArrayList<>(elementConsents.getOrDefault(key, Map.of()).values());
        rewrittenElements.values().forEach(byKey -> Optional.ofNullable(byKey.get(key)).ifPresent(all::add));
        Set<Consent> common = Set.of();
        boolean first = true;
        for (Set<Consent> each : all) {
            if (first) {
                common = new HashSet<>(each);
                first = false;
            } else {
                common.retainAll(each);
            }
        }
        return common;
    }

    /** An element was added to the collection the field holds, with these consents holding for it. */
    void addElement(String key, Set<Consent> consents) {
        Set<Consent> before = common(key);
        Node writer = current.get();
        Map<String, Set<Consent>> again = rewrittenElements.get(writer);
        Set<Consent> known = again != null ? again.get(key) : elementConsents.getOrDefault(key, Map.of()).get(writer);
        if (known != null) {
            known.retainAll(consents);
        } else if (again != null) {
            again.put(key, new HashSet<>(consents));
        } else {
            elementConsents.computeIfAbsent(key, k -> new IdentityHashMap<>()).put(writer, new HashSet<>(consents));
        }
        if (!common(key).equals(before) && readThisRound.contains(key)) {
            stale = true;
            staleThisRound.add(key);
        }
    }

    private void noteRead(String key) {
        readThisRound.add(key);
        Node reader = current.get();
        if (reader != null) {
            readers.computeIfAbsent(key, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(reader);
        }
    }

    /** Starts a round; returns whether the previous one read a field before all its writes were seen. */
    boolean nextRound() {
        boolean again = stale;
        stale = false;
        readThisRound.clear();
        staleThisRound.clear();
        return again;
    }

    /** The fields written this round after some code read them: those readers saw too little. */
    Set<String> staleFields() {
        return Set.copyOf(staleThisRound);
    }

    /**
     * What {@code code} wrote: per field key its data with trails, and its element consents; compare two of
     * these to tell whether analyzing the code again changed what readers see.
     */
    Map<String, List<Object>> writtenBy(Node code) {
        Map<String, List<Object>> written = new HashMap<>();
        writes.forEach((key, byWriter) -> Optional.ofNullable(byWriter.get(code))
                .ifPresent(data -> written.put(key, List.of(data, Summary.trails(data)))));
        elementConsents.forEach((key, byWriter) -> Optional.ofNullable(byWriter.get(code))
                .ifPresent(consents -> written.merge(key, List.of(consents), (a, b) -> List.of(a, b))));
        return written;
    }

    /**
     * {@code code} is about to be analyzed again: until {@link #settle()} what it writes is kept apart, while
     * reads still see what it wrote before (a reader must not see a field emptied midway), and it has read
     * nothing yet.
     */
    void rewrite(Collection<Node> code) {
        for (Node n : code) {
            rewritten.put(n, new HashMap<>());
            rewrittenElements.put(n, new HashMap<>());
            readers.values().forEach(r -> r.remove(n));
        }
    }

    /**
     * Replaces the old writes of the code analyzed again by its new ones.
     *
     * @return the keys of the fields whose data (trails included) or element consents changed
     */
    Set<String> settle() {
        Set<String> changed = new HashSet<>();
        rewritten.forEach((code, now) -> replace(writes, code, now,
                (was, is) -> was.equals(is) && Summary.trails(was).equals(Summary.trails(is)), key -> {
                    Set<Taint> all = new HashSet<>();
                    writes.get(key).values().forEach(all::addAll);
                    values.put(key, all);
                    changed.add(key);
                }));
        rewrittenElements.forEach((code, now) -> replace(elementConsents, code, now, Objects::equals, changed::add));
        elementConsents.values().removeIf(Map::isEmpty);
        rewritten.clear();
        rewrittenElements.clear();
        return changed;
    }

    /** Puts {@code now} in {@code store} in place of what {@code code} had there; names each key that changed. */
    private static <T> void replace(Map<String, Map<Node, T>> store, Node code, Map<String, T> now,
            BiPredicate<T, T> same, Consumer<String> changed) {
        Set<String> keys = new HashSet<>(now.keySet());
        store.forEach((key, byWriter) -> {
            if (byWriter.containsKey(code)) {
                keys.add(key);
            }
        });
        for (String key : keys) {
            Map<Node, T> byWriter = store.computeIfAbsent(key, k -> new IdentityHashMap<>());
            T was = byWriter.get(code);
            T is = now.get(key);
            if (was == null || is == null ? was != is : !same.test(was, is)) {
                if (is == null) {
                    byWriter.remove(code);
                } else {
                    byWriter.put(code, is);
                }
                changed.accept(key);
            }
        }
    }

    /**
     * Takes back everything {@code code} wrote and forgets that it read anything (it is about to be analyzed
     * again, or it is gone).
     *
     * @return the keys of the fields whose content changed
     */
    Set<String> forget(Node code) {
        Set<String> changed = new HashSet<>();
        writes.forEach((key, byWriter) -> {
            if (byWriter.remove(code) != null) {
                Set<Taint> rest = new HashSet<>();
                byWriter.values().forEach(rest::addAll);
                values.put(key, rest);
                changed.add(key);
            }
        });
        elementConsents.forEach((key, byWriter) -> {
            if (byWriter.remove(code) != null) {
                changed.add(key);
            }
        });
        elementConsents.values().removeIf(Map::isEmpty);
        readers.values().forEach(r -> r.remove(code));
        return changed;
    }

    /** The code that read any of these fields. */
    Set<Node> readers(Collection<String> keys) {
        Set<Node> found = Collections.newSetFromMap(new IdentityHashMap<>());
        keys.forEach(key -> found.addAll(readers.getOrDefault(key, Set.of())));
        return found;
    }
}
