package dev.consentflow.analyzer.guard;

import dev.consentflow.analyzer.flow.AccessPath;
import java.util.Map;

/**
 * What a boolean value says about consent: the facts that hold when it is true and when it is false.
 * {@code !} swaps them; {@code &&} and {@code ||} combine them path by path.
 *
 * @param whenTrue facts holding where the value is true
 * @param whenFalse facts holding where the value is false
 */
public record Cond(Facts whenTrue, Facts whenFalse) {
    /** A boolean that says nothing about consent. */
    public static final Cond NONE = new Cond(Facts.NONE, Facts.NONE);

    /** A check result: {@code consent} holds when the value equals {@code grantedWhen}. */
    public static Cond check(Consent consent, boolean grantedWhen) {
        return grantedWhen ? new Cond(Facts.of(consent), Facts.NONE) : new Cond(Facts.NONE, Facts.of(consent));
    }

    public boolean isNone() {
        return equals(NONE);
    }

    public Cond not() {
        return new Cond(whenFalse, whenTrue);
    }

    /** {@code this && right}: true only when both are; false when this is, or this is true and right false. */
    public Cond and(Cond right) {
        return new Cond(whenTrue.and(right.whenTrue), whenFalse.or(whenTrue.and(right.whenFalse)));
    }

    /** {@code this || right}: true when this is, or this is false and right true; false when both are. */
    public Cond or(Cond right) {
        return new Cond(whenTrue.or(whenFalse.and(right.whenTrue)), whenFalse.and(right.whenFalse));
    }

    /** Where two values merge (a variable assigned in two branches): either may hold. */
    public Cond merge(Cond other) {
        return equals(other) ? this : new Cond(whenTrue.or(other.whenTrue), whenFalse.or(other.whenFalse));
    }

    public Cond rebase(Map<String, AccessPath> roots) {
        return new Cond(whenTrue.rebase(roots), whenFalse.rebase(roots));
    }
}
