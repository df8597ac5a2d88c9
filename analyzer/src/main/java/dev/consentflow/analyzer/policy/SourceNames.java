package dev.consentflow.analyzer.policy;

import java.util.HashSet;
import java.util.Set;

/**
 * The names under which roles declared outside the sources make data personal: what the demand-driven
 * analysis starts from (it never resolves a symbol to find them).
 *
 * @param members simple names of source members: fields, methods, record components ({@code email},
 *     {@code getEmail})
 * @param types qualified names of types declared personal data as a whole, nested types joined by {@code .}
 */
public record SourceNames(Set<String> members, Set<String> types) {
    /** The simple name of the annotation that declares personal data in the sources. */
    public static final String ANNOTATION = "PersonalData";

    public static final SourceNames NONE = new SourceNames(Set.of(), Set.of());

    public SourceNames {
        members = Set.copyOf(members);
        types = Set.copyOf(types);
    }

    /** Both sets of names together. */
    public SourceNames and(SourceNames other) {
        Set<String> allMembers = new HashSet<>(members);
        allMembers.addAll(other.members);
        Set<String> allTypes = new HashSet<>(types);
        allTypes.addAll(other.types);
        return new SourceNames(allMembers, allTypes);
    }
}
