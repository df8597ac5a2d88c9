package dev.consentflow.analyzer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.testing.FlowTester;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property-based tests of the flow engine over random method bodies (issue 8): no exception escapes, the
 * work stays within a bound counted in analysis steps, and the findings do not change under rewrites that
 * keep the meaning (locals renamed, dead statements added, independent assignments swapped). Each body
 * runs in the {@code Shop} fixture as {@code Job.run}.
 */
class FlowFuzzTest {
    /** Whole-program rounds (FlowEngine.MAX_ROUNDS) times the per-loop rounds (4) plus the exit pass. */
    private static final int ROUNDS = 3;
    private static final int LOOP_ROUNDS = 5;
    /** Evaluations per AST node in one pass (measured: below 1 for these bodies; 2 leaves room). */
    private static final int PER_NODE = 2;

    @Provide
    Arbitrary<RandomBody> bodies() {
        return Arbitraries.longs().map(RandomBody::generate);
    }

    /** The members of {@code Job}: one method {@code run} with the body, its locals named by {@code names}. */
    private static String members(RandomBody body, Map<String, String> names) {
        return """
                    void run(Customer c, Customer d, List<Customer> all, boolean flag) {
                        String %s = "", %s = "", %s = "", %s = "";
                        List<String> bag = new ArrayList<>();
                %s    }
                """.formatted(names.get("v0"), names.get("v1"), names.get("v2"), names.get("v3"),
                body.render(names).indent(8));
    }

    private static AnalysisResult analyze(RandomBody body, Map<String, String> names) {
        return FlowTester.job(members(body, names)).analyze();
    }

    private static Map<String, String> canonical() {
        Map<String, String> names = new LinkedHashMap<>();
        RandomBody.LOCALS.forEach(v -> names.put(v, v));
        return names;
    }

    /** What the findings say, independent of lines: each sink's label and rule, in order. */
    private static List<String> outcome(AnalysisResult result, RandomBody body, Map<String, String> names) {
        String[] lines = FlowTester.jobText(members(body, names)).split("\n", -1);
        List<String> outcome = new ArrayList<>();
        for (Finding f : result.findings()) {
            String line = lines[f.location().line() - 1];
            String label = line.replaceAll(".*\"(s\\d+)\".*", "$1");
            outcome.add(label + " " + f.rule().id() + (f.approximate() ? " approximate" : ""));
        }
        outcome.sort(null);
        return outcome;
    }

    @Property(tries = 40)
    void neverThrowsAndStaysWithinItsStepBound(@ForAll("bodies") RandomBody body) {
        Map<String, String> names = canonical();
        AnalysisResult result = analyze(body, names);

        Node unit = StaticJavaParser.parse(FlowTester.jobText(members(body, names)));
        long nodes = unit.findAll(Node.class).size();
        int loops = loopDepth(unit);
        long bound = ROUNDS * PER_NODE * nodes * (long) Math.pow(LOOP_ROUNDS, loops);
        assertThat(result.analysisSteps()).as("steps for %d nodes, loop depth %d", nodes, loops)
                .isPositive().isLessThanOrEqualTo(bound);
    }

    @Property(tries = 15)
    void findingsAreStableUnderMeaningPreservingRewrites(@ForAll("bodies") RandomBody body, @ForAll long seed) {
        Map<String, String> names = canonical();
        List<String> expected = outcome(analyze(body, names), body, names);

        Map<String, String> renamed = new LinkedHashMap<>();
        List<String> fresh = List.of("alpha", "bravo", "charlie", "delta");
        for (int i = 0; i < RandomBody.LOCALS.size(); i++) {
            renamed.put(RandomBody.LOCALS.get(i), fresh.get((i + (int) (seed & 3)) % fresh.size()));
        }
        assertThat(outcome(analyze(body, renamed), body, renamed)).as("locals renamed").isEqualTo(expected);

        RandomBody dead = body.withDeadStatements(seed);
        assertThat(outcome(analyze(dead, names), dead, names)).as("dead statements added").isEqualTo(expected);

        RandomBody swapped = body.withIndependentAssignmentsSwapped();
        assertThat(outcome(analyze(swapped, names), swapped, names)).as("independent statements swapped")
                .isEqualTo(expected);
    }

    private static int loopDepth(Node node) {
        int deepest = 0;
        for (Node child : node.getChildNodes()) {
            deepest = Math.max(deepest, loopDepth(child));
        }
        boolean loop = node instanceof ForStmt || node instanceof ForEachStmt || node instanceof WhileStmt;
        return deepest + (loop ? 1 : 0);
    }
}
