package dev.consentflow.analyzer.model;

import java.util.List;

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
 */
public record Finding(Rule rule, Severity severity, String message, Location location,
        List<String> categories, String purpose, List<FlowStep> flow, boolean approximate) {
    public Finding {
        categories = List.copyOf(categories);
        flow = List.copyOf(flow);
    }

    /** A finding of an analysis that stayed within its bounds. */
    public Finding(Rule rule, Severity severity, String message, Location location, List<String> categories,
            String purpose, List<FlowStep> flow) {
        this(rule, severity, message, location, categories, purpose, flow, false);
    }
}
