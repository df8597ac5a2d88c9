package dev.consentflow.analyzer.policy;

import java.util.List;
import java.util.Optional;

/**
 * Roles declared outside the analyzed sources: consentflow annotations in class files of the classpath,
 * or entries of {@code consentflow.yaml}. {@link RoleIndex} asks each of them about a member and every
 * member it overrides, after the annotations in the sources.
 */
public interface RoleDeclarations {
    /** {@code @PersonalData} of a field, or of a method's return value. */
    Optional<Roles.Source> source(MemberRef member);

    /**
     * {@code @DataUse} of a method (also declared on its type).
     *
     * @param caller the method that makes the call, when known: a policy entry may apply to calls from
     *     some callers only
     */
    Optional<Roles.Sink> sink(MemberRef method, Optional<MemberRef> caller);

    /** {@code @ConsentCheck} of a method or a boolean field. */
    Optional<Roles.Check> check(MemberRef member);

    /** Whether the method is an {@code @Anonymizer}. */
    boolean anonymizer(MemberRef method);

    /**
     * A whole type declared personal data: every value of it is.
     *
     * @param type a qualified type name, nested types joined by {@code .}
     */
    default Optional<Roles.Source> typeSource(String type) {
        return Optional.empty();
    }

    /**
     * The inputs whose data a library method's result carries, when declared (a {@code propagators} entry).
     *
     * @return 0 for the receiver, n for the n-th argument
     */
    default Optional<List<Integer>> propagator(MemberRef method) {
        return Optional.empty();
    }

    /**
     * Every name {@link #source} or {@link #typeSource} can answer for: a member it may call a source must
     * be among {@link SourceNames#members()}, a type among {@link SourceNames#types()}.
     */
    SourceNames sourceNames();
}
