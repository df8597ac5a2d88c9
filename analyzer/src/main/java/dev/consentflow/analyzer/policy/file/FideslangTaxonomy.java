package dev.consentflow.analyzer.policy.file;

import dev.consentflow.analyzer.policy.Taxonomy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The keys a policy may use: the Fideslang 3.2 data categories and data uses (shipped as resources, from
 * the Apache-2.0 {@code ethyca/fideslang} default taxonomy, deprecated keys included), plus a project's own
 * keys from {@code taxonomy:} in {@code consentflow.yaml}. A key is known when it, or its replacement under
 * {@link Taxonomy#canonical} (deprecated prefixes such as {@code user.health_and_medical}), is listed.
 * Immutable.
 */
public final class FideslangTaxonomy {
    /** The two Fideslang vocabularies a key can belong to. */
    public enum Kind {
        DATA_CATEGORY("data category", "fideslang-3.2-data-categories.txt"),
        DATA_USE("data use", "fideslang-3.2-data-uses.txt");

        private final String label;
        private final String resource;

        Kind(String label, String resource) {
            this.label = label;
            this.resource = resource;
        }

        /** {@code data category} or {@code data use}, for messages. */
        public String label() {
            return label;
        }
    }

    private static final FideslangTaxonomy STANDARD =
            new FideslangTaxonomy(load(Kind.DATA_CATEGORY), load(Kind.DATA_USE));

    // Sorted, so that "did you mean" hints do not depend on hashing.
    private final Set<String> categories;
    private final Set<String> uses;

    private FideslangTaxonomy(Set<String> categories, Set<String> uses) {
        this.categories = categories;
        this.uses = uses;
    }

    /** Fideslang 3.2 alone. */
    public static FideslangTaxonomy standard() {
        return STANDARD;
    }

    /** This taxonomy plus a project's own data categories and data uses. */
    public FideslangTaxonomy withExtras(Collection<String> dataCategories, Collection<String> dataUses) {
        return new FideslangTaxonomy(union(categories, dataCategories), union(uses, dataUses));
    }

    /** Whether {@code key} is a known key of that kind, directly or as a deprecated alias. */
    public boolean knows(Kind kind, String key) {
        Set<String> keys = keys(kind);
        return keys.contains(key) || keys.contains(Taxonomy.canonical(key));
    }

    /** The known key of that kind nearest to a misspelled {@code key}, for hints; empty if none is near. */
    public Optional<String> closest(Kind kind, String key) {
        return Closest.to(key, keys(kind), k -> k);
    }

    private Set<String> keys(Kind kind) {
        return kind == Kind.DATA_CATEGORY ? categories : uses;
    }

    private static Set<String> union(Set<String> a, Collection<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return Collections.unmodifiableSet(all);
    }

    /** One key per line; lines starting with {@code #} name the source and its license. */
    private static Set<String> load(Kind kind) {
        try (InputStream in = FideslangTaxonomy.class.getResourceAsStream(kind.resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + kind.resource + " is missing from the analyzer jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> keys = reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toCollection(TreeSet::new));
            return Collections.unmodifiableSet(keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
