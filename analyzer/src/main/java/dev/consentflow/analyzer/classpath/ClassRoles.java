package dev.consentflow.analyzer.classpath;

import dev.consentflow.analyzer.policy.MemberRef;
import dev.consentflow.analyzer.policy.Roles;
import java.util.Map;
import java.util.Set;

/**
 * The roles that the consentflow annotations of one class file give to its members, including those of
 * its trivial accessors and of the public methods of a {@code @DataUse} type.
 *
 * @param type the class's qualified name as {@link MemberRef#type()} spells it
 */
record ClassRoles(String type, Map<MemberRef, Roles.Source> sources, Map<MemberRef, Roles.Sink> sinks,
        Map<MemberRef, Roles.Check> checks, Set<MemberRef> anonymizers) {

    ClassRoles {
        sources = Map.copyOf(sources);
        sinks = Map.copyOf(sinks);
        checks = Map.copyOf(checks);
        anonymizers = Set.copyOf(anonymizers);
    }

    boolean isEmpty() {
        return sources.isEmpty() && sinks.isEmpty() && checks.isEmpty() && anonymizers.isEmpty();
    }
}
