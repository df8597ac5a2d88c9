package dev.consentflow.analyzer.flow;

import dev.consentflow.analyzer.guard.Facts;
import dev.consentflow.analyzer.model.Location;
import dev.consentflow.analyzer.policy.Roles;

/**
 * One datum reaching a use: where it stands now (the sink call, or a call site the use was lifted to),
 * the datum, the use, and the consent facts holding on the way.
 *
 * @param location where a finding for this event would stand
 * @param taint the datum; its trail ends with the sink step
 * @param sink the use's purpose and legal basis; {@code null} for a logging sink
 * @param sinkMember the called sink, e.g. {@code Mailer.sendPromotion}
 * @param facts consent facts holding at the use
 * @param approximate whether the analysis hit one of its bounds on the way to this use
 * @param pinned whether the location is final: the sink of a method whose callers are not trusted,
 *     reached with a caller's data; lifting the use further up keeps it there
 */
public record SinkEvent(Location location, Taint taint, Roles.Sink sink, String sinkMember, Facts facts,
        boolean approximate, boolean pinned) {
    /** This use, as the analysis of a method that hit one of its bounds found it. */
    public SinkEvent approximated() {
        return approximate ? this : new SinkEvent(location, taint, sink, sinkMember, facts, true, pinned);
    }

    /** This use lifted to a call site: its datum and facts as the caller sees them, standing at {@code at}. */
    public SinkEvent lifted(Location at, Taint datum, Facts callerFacts) {
        return new SinkEvent(pinned ? location : at, datum, sink, sinkMember, callerFacts, approximate, pinned);
    }

    public boolean isLogging() {
        return sink == null;
    }
}
