package dev.consentflow.analyzer.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One reported problem.
 *
 * @param rule the rule that fired
 * @param severity the effective severity
 * @param message one sentence for the console, naming the data, the use and what is missing
 * @param location where the finding stands (DESIGN §1 "Where a finding stands"): the sink call, or the
 *     unguarded call site of a method whose callers are trusted to check consent
 * @param categories Fideslang data categories of the personal data that reached the use, sorted
 * @param purpose the Fideslang data use of the sink
 * @param flow the path source → steps → sink; the sink is the last step; empty for declaration rules
 * @param approximate whether the analysis hit one of its bounds on the way (a loop or recursion that
 *     did not settle, merged guard paths, a cut access path): the finding is kept, but may be imprecise
 * @param member the declaration the finding stands in, e.g. {@code com.acme.Weekly#run(Customer)};
 *     empty until the analysis has placed it
 * @param fingerprint what identifies the finding across unrelated edits (no line numbers; see
 *     {@link Fingerprints}); empty until the analysis has computed it
 * @param suppressedBy the suppression that holds for the finding, {@code null} for none (a plain value, so
 *     that the incremental cache stores it as JSON); read it through {@link #suppression()}
 * @param baseline the finding's standing against the baseline file
 */
public record Finding(Rule rule, Severity severity, String message, Location location,
        List<String> categories, String purpose, List<FlowStep> flow, boolean approximate,
        String member, String fingerprint, Suppression suppressedBy, BaselineState baseline) {
    public Finding {
        categories = List.copyOf(categories);
        flow = List.copyOf(flow);
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(baseline, "baseline");
    }

    /** A finding as a rule reports it, before it is placed, fingerprinted, suppressed or baselined. */
    public Finding(Rule rule, Severity severity, String message, Location location, List<String> categories,
            String purpose, List<FlowStep> flow, boolean approximate) {
        this(rule, severity, message, location, categories, purpose, flow, approximate, "", "", null,
                BaselineState.NONE);
    }

    /** A finding of an analysis that stayed within its bounds. */
    public Finding(Rule rule, Severity severity, String message, Location location, List<String> categories,
            String purpose, List<FlowStep> flow) {
        this(rule, severity, message, location, categories, purpose, flow, false);
    }

    /** This finding standing in {@code declaration}, identified by {@code print}. */
    public Finding placed(String declaration, String print) {
        return new Finding(rule, severity, message, location, categories, purpose, flow, approximate, declaration,
                print, suppressedBy, baseline);
    }

    /** This finding, suppressed for {@code why}. */
    public Finding suppressed(Suppression why) {
        return new Finding(rule, severity, message, location, categories, purpose, flow, approximate, member,
                fingerprint, Objects.requireNonNull(why, "why"), baseline);
    }

    /** This finding with its standing against a baseline. */
    public Finding withBaseline(BaselineState state) {
        return new Finding(rule, severity, message, location, categories, purpose, flow, approximate, member,
                fingerprint, suppressedBy, state);
    }

    /** The reason the finding does not fail the build, if a suppression holds for it. */
    public Optional<Suppression> suppression() {
        return Optional.ofNullable(suppressedBy);
    }

    /**
     * Whether the finding counts: neither suppressed nor in the baseline. Only counting findings of
     * severity error fail the build.
     */
    public boolean counts() {
        return suppressedBy == null && baseline != BaselineState.UNCHANGED;
    }
}
