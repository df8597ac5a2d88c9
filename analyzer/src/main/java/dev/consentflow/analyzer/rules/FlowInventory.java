package dev.consentflow.analyzer.rules;

import dev.consentflow.analyzer.flow.SinkEvent;
import dev.consentflow.analyzer.flow.Taint;
import dev.consentflow.analyzer.guard.ConsentJudge;
import dev.consentflow.analyzer.guard.Verdict;
import dev.consentflow.analyzer.model.Flow;
import dev.consentflow.analyzer.model.Location;
import dev.consentflow.analyzer.model.Rule;
import dev.consentflow.analyzer.policy.Policy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the uses the flow engine judged into {@link Flow}s, the rows of the data map: one per category of
 * each datum reaching a data use (logging is no data use), with the status the rules give it (DESIGN §1
 * "Rules"): {@code unguarded} when it has a finding, {@code opt-out only} when only an opt-out flag
 * guards it (GDPR Recital 32), {@code other legal basis} when the use needs no consent.
 */
public final class FlowInventory {
    /** Among copies of one flow (a method analyzed again), the worst status, then the shortest path, is kept. */
    private static final Comparator<Flow> KEPT = Comparator.comparing(Flow::status)
            .thenComparingInt(f -> f.steps().size())
            .thenComparing(f -> f.steps().toString());

    private final Policy policy;
    private final FlowRules rules;

    public FlowInventory(Policy policy, FlowRules rules) {
        this.policy = policy;
        this.rules = rules;
    }

    /**
     * @param events the uses judged where they stand ({@code FlowEngine.run()})
     * @return one flow per (use, category, source), in {@link Flow#ORDER}
     */
    public List<Flow> flows(List<SinkEvent> events) {
        Map<String, Flow> byKey = new TreeMap<>();
        for (SinkEvent event : events) {
            if (event.taint().isPlaceholder() || event.isLogging()) {
                continue;
            }
            for (Flow flow : flowsOf(event)) {
                byKey.merge(key(flow), flow, (a, b) -> KEPT.compare(a, b) <= 0 ? a : b);
            }
        }
        List<Flow> flows = new ArrayList<>(byKey.values());
        flows.sort(Flow.ORDER);
        return flows;
    }

    private List<Flow> flowsOf(SinkEvent event) {
        Taint t = event.taint();
        String purpose = event.sink().purpose();
        String legalBasis = event.sink().legalBasis();
        List<Rule> violated = List.of();
        Flow.Status status;
        if (!policy.needsConsent(purpose, legalBasis)) {
            status = Flow.Status.OTHER_LEGAL_BASIS;
        } else {
            violated = rules.violations(event).stream().filter(r -> policy.severity(r).isPresent()).toList();
            if (!violated.isEmpty()) {
                status = Flow.Status.UNGUARDED;
            } else if (ConsentJudge.judge(t.subject(), t.carried(), purpose, event.facts(), false) != Verdict.GUARDED) {
                status = Flow.Status.OPT_OUT_ONLY;
            } else {
                status = Flow.Status.GUARDED;
            }
        }
        List<String> guards = List.copyOf(ConsentJudge.guards(t.subject(), t.carried(), purpose, event.facts()));
        List<Flow> flows = new ArrayList<>();
        for (String category : t.categories().stream().sorted().distinct().toList()) {
            flows.add(new Flow(category, t.origin().subjectKind(), purpose, legalBasis, t.origin().member(),
                    event.sinkMember(), status, guards, violated, event.location(), t.trail(), t.subject() == null));
        }
        return flows;
    }

    private static String key(Flow f) {
        Location source = f.steps().isEmpty() ? f.location() : f.steps().get(0).location();
        return String.join("\u0000", position(f.location()), f.purpose(), f.category(), f.sourceMember(),
                f.sinkMember(), f.legalBasis(), f.subject(), position(source));
    }

    private static String position(Location l) {
        return l.file() + ":" + String.format("%09d:%09d", l.line(), l.column());
    }
}
