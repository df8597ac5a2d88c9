package dev.consentflow.analyzer.guard;

import dev.consentflow.analyzer.flow.AccessPath;
import dev.consentflow.analyzer.policy.Taxonomy;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Decides whether the consent facts at a use cover one datum (DESIGN §1 "Rules"): (1) guarded if consent
 * for a covering purpose holds for the datum's subject or travels with the datum; (2) subject-mismatch
 * if it holds only for another subject; (3) purpose-mismatch if the same subject has consent only for
 * non-covering purposes; (4) unconsented otherwise. Each alternative path is judged on its own and the
 * first verdict in that order that holds on some path wins.
 */
public final class ConsentJudge {
    private ConsentJudge() {}

    /**
     * @param subject the datum's subject, {@code null} when unknown (any covering consent is accepted)
     * @param carried consents travelling with the datum
     * @param purpose the use's Fideslang data use
     * @param facts consent facts holding at the use
     * @param optOutIsConsent whether an opt-out flag guards (GDPR Recital 32 says inactivity is not
     *     consent; {@code rules.optOutIsConsent: false} follows it strictly)
     */
    public static Verdict judge(AccessPath subject, Set<Consent> carried, String purpose, Facts facts,
            boolean optOutIsConsent) {
        if (!optOutIsConsent) {
            carried = withoutOptOut(carried);
        }
        Verdict worst = Verdict.GUARDED;
        for (Set<Consent> alternative : facts.alternatives()) {
            Verdict verdict = judgePath(subject, carried, purpose,
                    optOutIsConsent ? alternative : withoutOptOut(alternative));
            if (verdict.ordinal() < worst.ordinal()) {
                worst = verdict;
            }
        }
        return facts.isUnreachable() ? judgePath(subject, carried, purpose, Set.of()) : worst;
    }

    private static Set<Consent> withoutOptOut(Set<Consent> consents) {
        Set<Consent> strict = new HashSet<>(consents);
        strict.removeIf(Consent::optOut);
        return strict;
    }

    private static Verdict judgePath(AccessPath subject, Set<Consent> carried, String purpose, Set<Consent> facts) {
        boolean coveredElsewhere = false;
        boolean sameSubject = false;
        for (Consent c : carried) {
            if (Taxonomy.covers(c.purpose(), purpose)) {
                return Verdict.GUARDED;
            }
            // A consent travelling with the datum is about its subject, whatever its path says.
            sameSubject = true;
        }
        for (Consent c : facts) {
            boolean forSubject = subject == null || c.subject().equals(subject);
            if (Taxonomy.covers(c.purpose(), purpose)) {
                if (forSubject) {
                    return Verdict.GUARDED;
                }
                coveredElsewhere = true;
            } else if (forSubject) {
                sameSubject = true;
            }
        }
        if (coveredElsewhere) {
            return Verdict.SUBJECT_MISMATCH;
        }
        return sameSubject ? Verdict.PURPOSE_MISMATCH : Verdict.UNCONSENTED;
    }

    /**
     * What guards a datum, for reports: the {@code @ConsentCheck} members of the consents for a covering
     * purpose that travel with it or hold for its subject, sorted; empty when some path has none of them.
     */
    public static SortedSet<String> guards(AccessPath subject, Set<Consent> carried, String purpose, Facts facts) {
        SortedSet<String> travelling = covering(carried, null, purpose);
        if (!travelling.isEmpty()) {
            return travelling;
        }
        SortedSet<String> guards = new TreeSet<>();
        for (Set<Consent> alternative : facts.alternatives()) {
            SortedSet<String> onPath = covering(alternative, subject, purpose);
            if (onPath.isEmpty()) {
                return new TreeSet<>();
            }
            guards.addAll(onPath);
        }
        return guards;
    }

    private static SortedSet<String> covering(Set<Consent> consents, AccessPath subject, String purpose) {
        SortedSet<String> guards = new TreeSet<>();
        for (Consent c : consents) {
            boolean forSubject = subject == null || c.subject().equals(subject);
            if (forSubject && Taxonomy.covers(c.purpose(), purpose) && c.guard() != null) {
                guards.add(c.guard());
            }
        }
        return guards;
    }

    /**
     * Whether, on every path, a consent for a covering purpose that holds for the subject (or travels
     * with the datum) names {@code category} (GDPR Art. 9(2)(a): explicit consent to special categories).
     */
    public static boolean namesCategory(AccessPath subject, Set<Consent> carried, String purpose, Facts facts,
            String category) {
        for (Set<Consent> alternative : facts.isUnreachable() ? List.<Set<Consent>>of(Set.of())
                : facts.alternatives()) {
            Set<Consent> holding = new HashSet<>(carried);
            for (Consent c : alternative) {
                if (subject == null || c.subject().equals(subject)) {
                    holding.add(c);
                }
            }
            boolean named = holding.stream().anyMatch(c -> Taxonomy.covers(c.purpose(), purpose)
                    && Taxonomy.coveredByAny(c.categories(), category));
            if (!named) {
                return false;
            }
        }
        return true;
    }
}
