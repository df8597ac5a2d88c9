package dev.consentflow.analyzer.policy;

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
}
