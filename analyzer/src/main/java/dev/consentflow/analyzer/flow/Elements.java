package dev.consentflow.analyzer.flow;

import dev.consentflow.analyzer.guard.Consent;
import dev.consentflow.analyzer.guard.Facts;
import java.util.Map;

/**
 * What is known of each element of a collection, stream or optional: its data, and the consents that
 * hold for every element (their subject is {@link AccessPath#ELEMENT}). Used where an element is bound
 * to a name: a {@code for} loop's variable, a lambda's parameter, a method reference's argument.
 */
final class Elements {
    private Elements() {
    }

    /**
     * An element of a collection, stream or optional: its data, read back without its owner; data a
     * stream stage read from each element ({@code map(Customer::getEmail)}) keeps that element as owner.
     *
     * @param element the path that stands for the element where it is bound
     */
    static Value of(Value container, AccessPath element) {
        Map<String, AccessPath> toElement = Map.of(AccessPath.ELEMENT.root(), element);
        return Value.of(container.taints()).mapTaints(t -> t.subject() != null
                && t.subject().root().equals(AccessPath.ELEMENT.root()) ? t.rebase(toElement) : t.withUnknownSubject());
    }

    /** The consents holding for each element of {@code collection}, as facts about {@code element}. */
    static Facts facts(Value collection, AccessPath element) {
        Facts facts = Facts.NONE;
        Map<String, AccessPath> toElement = Map.of(AccessPath.ELEMENT.root(), element);
        for (Consent c : collection.elementConsents()) {
            facts = facts.and(Facts.of(c.rebase(toElement)));
        }
        return facts;
    }
}
