package dev.consentflow.analyzer.rules;

import dev.consentflow.analyzer.flow.SinkEvent;
import dev.consentflow.analyzer.flow.Taint;
import dev.consentflow.analyzer.guard.ConsentJudge;
import dev.consentflow.analyzer.guard.Verdict;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.FlowStep;
import dev.consentflow.analyzer.model.Location;
import dev.consentflow.analyzer.model.Rule;
import dev.consentflow.analyzer.policy.Policy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns uses of personal data into findings of the flow rules (DESIGN §1 "Rules"): {@code unconsented-use},
 * {@code subject-mismatch} and {@code purpose-mismatch} (at most one of them per location, the first in
 * that order), {@code special-category} (GDPR Art. 9) and {@code personal-data-logged}.
 */
public final class FlowRules {
    private final Policy policy;

    public FlowRules(Policy policy) {
        this.policy = policy;
    }

    /**
     * The rules one event violates; empty when the use is satisfied (or needs no consent).
     *
     * @param event a use of a concrete datum (not a parameter placeholder)
     */
    public List<Rule> violations(SinkEvent event) {
        Taint t = event.taint();
        if (event.isLogging()) {
            return List.of(Rule.PERSONAL_DATA_LOGGED);
        }
        String purpose = event.sink().purpose();
        if (!policy.needsConsent(purpose, event.sink().legalBasis())) {
            return List.of();
        }
        List<Rule> rules = new ArrayList<>();
        Verdict verdict = ConsentJudge.judge(t.subject(), t.carried(), purpose, event.facts(),
                policy.optOutIsConsent());
        switch (verdict) {
            case UNCONSENTED -> rules.add(Rule.UNCONSENTED_USE);
            case SUBJECT_MISMATCH -> rules.add(Rule.SUBJECT_MISMATCH);
            case PURPOSE_MISMATCH -> rules.add(Rule.PURPOSE_MISMATCH);
            case GUARDED -> { }
        }
        // Art. 9 applies to uses whose purpose itself needs consent, not to any use on a consent basis.
        boolean unnamedSpecial = policy.consentRequiredFor(purpose) && t.categories().stream().filter(policy::isSpecial).anyMatch(
                c -> !ConsentJudge.namesCategory(t.subject(), t.carried(), purpose, event.facts(), c));
        if (unnamedSpecial) {
            rules.add(Rule.SPECIAL_CATEGORY);
        }
        return rules;
    }

    /** Findings for the events, at most one per (rule, location), in a deterministic order. */
    public List<Finding> findings(List<SinkEvent> events) {
        Map<String, Finding> byKey = new TreeMap<>();
        for (SinkEvent event : events) {
            if (event.taint().isPlaceholder()) {
                continue;
            }
            for (Rule rule : violations(event)) {
                if (policy.severity(rule).isEmpty()) {
                    continue;
                }
                Finding finding = finding(rule, event);
                String key = key(event.location(), consentRuleGroup(rule));
                Finding kept = byKey.get(key);
                if (kept == null || rule.ordinal() < kept.rule().ordinal()
                        || rule == kept.rule() && source(finding).compareTo(source(kept)) < 0) {
                    byKey.put(key, finding);
                }
            }
        }
        List<Finding> result = new ArrayList<>(byKey.values());
        result.sort(Comparator.comparing(Finding::location).thenComparing(f -> f.rule().ordinal()));
        return result;
    }

    /** The three consent rules exclude each other at one location; the others stand on their own. */
    private static String consentRuleGroup(Rule rule) {
        return switch (rule) {
            case UNCONSENTED_USE, SUBJECT_MISMATCH, PURPOSE_MISMATCH -> "consent";
            default -> rule.id();
        };
    }

    private static String key(Location l, String group) {
        return l.file() + "\u0000" + String.format("%09d:%09d", l.line(), l.column()) + "\u0000" + group;
    }

    /** Among findings of one rule at one place, the one whose source comes first is kept (deterministic). */
    private static Location source(Finding f) {
        return f.flow().isEmpty() ? f.location() : f.flow().get(0).location();
    }

    private Finding finding(Rule rule, SinkEvent event) {
        Taint t = event.taint();
        List<String> categories = t.categories().stream().sorted().toList();
        String data = String.join(", ", categories);
        String who = t.subject() == null ? "the data subject" : t.subject().toString();
        String message;
        if (event.isLogging()) {
            message = "personal data (" + data + ") of " + who + " is logged by " + event.sinkMember();
        } else {
            String use = event.sinkMember() + " (" + event.sink().purpose() + ")";
            String from = "personal data (" + data + ") of " + who + " reaches " + use;
            message = switch (rule) {
                case SUBJECT_MISMATCH -> from + ", but consent was checked for another person";
                case PURPOSE_MISMATCH -> from + ", but the consent checked for " + who
                        + " does not cover " + event.sink().purpose();
                case SPECIAL_CATEGORY -> "special-category " + from
                        + ", and no consent for " + who + " names the category (GDPR Art. 9(2)(a))";
                default -> from + " with no consent check for " + who;
            };
        }
        List<FlowStep> flow = t.trail();
        return new Finding(rule, policy.severity(rule).orElse(rule.defaultSeverity()), message, event.location(), categories,
                event.isLogging() ? "" : event.sink().purpose(), flow,
                event.approximate() || event.facts().isApproximate());
    }
}
