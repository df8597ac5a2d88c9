package dev.consentflow.analyzer.guard;

import dev.consentflow.analyzer.flow.AccessPath;
import java.util.List;
import java.util.Map;

/**
 * A consent fact: consent to {@code purpose} holds for the person at {@code subject}.
 *
 * @param purpose the consented Fideslang data use (covers its sub-purposes)
 * @param subject who consented
 * @param optOut whether the fact comes only from an opt-out flag ({@code grantedWhen = false}): guarded,
 *     but "opt-out only" (GDPR Recital 32)
 * @param categories special categories the consent names (GDPR Art. 9(2)(a))
 */
public record Consent(String purpose, AccessPath subject, boolean optOut, List<String> categories) {
    public Consent {
        categories = List.copyOf(categories);
    }

    public Consent rebase(Map<String, AccessPath> roots) {
        return new Consent(purpose, subject.rebase(roots), optOut, categories);
    }
}
