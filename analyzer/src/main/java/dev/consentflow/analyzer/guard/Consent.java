package dev.consentflow.analyzer.guard;

import dev.consentflow.analyzer.flow.AccessPath;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A consent fact: consent to {@code purpose} holds for the person at {@code subject}.
 *
 * @param purpose the consented Fideslang data use (covers its sub-purposes)
 * @param subject who consented
 * @param optOut whether the fact comes only from an opt-out flag ({@code grantedWhen = false}): guarded,
 *     but "opt-out only" (GDPR Recital 32)
 * @param categories special categories the consent names (GDPR Art. 9(2)(a))
 * @param guard the {@code @ConsentCheck} member that established it, e.g. {@code ConsentRegistry.allowsMarketing},
 *     for reports only: two checks establishing the same consent are the same fact, so it is not part of
 *     equality (the analysis' results do not depend on which check it was)
 */
public record Consent(String purpose, AccessPath subject, boolean optOut, List<String> categories, String guard) {
    public Consent {
        categories = List.copyOf(categories);
    }

    public Consent rebase(Map<String, AccessPath> roots) {
        return new Consent(purpose, subject.rebase(roots), optOut, categories, guard);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Consent c && optOut == c.optOut && purpose.equals(c.purpose)
                && Objects.equals(subject, c.subject) && categories.equals(c.categories);
    }

    @Override
    public int hashCode() {
        return Objects.hash(purpose, subject, optOut, categories);
    }
}
