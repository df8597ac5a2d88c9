package dev.consentflow.analyzer.model;

import java.util.Objects;

/**
 * Why a finding stands but does not fail the build: a {@code suppressions} entry of
 * {@code consentflow.yaml} gave a reason for it (DESIGN §1 "Suppression").
 *
 * @param kind whether the code carries {@code @SuppressWarnings("consentflow:<rule>")} for it too
 * @param reason the entry's {@code reason}, shown beside the finding in every report
 * @param location where the suppression is written: the annotation, or for an entry alone its
 *     {@code member} in the policy file
 */
public record Suppression(Kind kind, String reason, Location location) {
    /** Where the suppression is visible; SARIF's {@code suppression.kind} follows it. */
    public enum Kind {
        /** {@code @SuppressWarnings("consentflow:<rule>")} in the code, with its reason in the policy file. */
        IN_SOURCE,
        /** A policy-file entry alone, for code the team cannot annotate (generated, legacy). */
        POLICY
    }

    public Suppression {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(location, "location");
    }
}
