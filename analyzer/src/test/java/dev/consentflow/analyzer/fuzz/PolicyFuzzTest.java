package dev.consentflow.analyzer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.AnalysisException;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.testing.FlowTester;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random policy files, from well-formed to damaged (issue 8): the analysis either runs, or stops with
 * one {@link AnalysisException} line naming {@code file:line:col}; no other exception escapes.
 */
class PolicyFuzzTest {
    private static final List<String> SECTIONS = List.of("personalData", "dataUses", "consentChecks",
            "anonymizers", "propagators", "taxonomy", "rules", "suppressions", "sinks");
    private static final List<String> MEMBERS = List.of("shop.Customer#email", "shop.Customer#getEmail()",
            "shop.Mailer#sendPromotion(..)", "shop.Mailer#sendPromotion(java.lang.String, java.lang.String)",
            "shop.ConsentRegistry#allowsMarketing(..)", "shop.Nowhere#gone()", "shop.Customer", "shop.Mailer.send(",
            "#", "", "org.example.Lib$Inner#m()");
    private static final List<String> KEYS = List.of("user.contact.email", "user.contact.emial", "marketing",
            "marketing.communications.email", "essential", "user.health", "analytics", "", "no such key");
    private static final List<String> FIELDS = List.of("member", "category", "purpose", "subject", "grantedWhen",
            "legalBasis", "reason", "rule", "from", "callers", "bogus");
    private static final List<String> VALUES = List.of("CONSENT", "CONTRACT", "true", "false", "\"#0\"", "\"#1\"",
            "[receiver]", "[1, 2]", "unconsented-use", "x", "[]", "{}", "- a");

    @Property(tries = 40)
    void anyPolicyFileRunsOrStopsWithOneLocatedLine(@ForAll long seed) {
        String yaml = policy(new Random(seed));
        FlowTester tester = FlowTester.job("""
                    void run(Customer c) {
                        mailer.sendPromotion(c.getEmail(), "hi");
                    }
                """).policy(yaml);
        try {
            AnalysisResult result = tester.analyze();
            assertThat(result.filesAnalyzed()).isPositive();
        } catch (AnalysisException e) {
            assertThat(e.getMessage()).as("policy:%n%s", yaml).doesNotContain("\n")
                    .containsPattern("\\.yaml:\\d+:\\d+: \\S");
        }
    }

    private static String policy(Random r) {
        StringBuilder yaml = new StringBuilder();
        int sections = r.nextInt(4);
        for (int i = 0; i < sections; i++) {
            yaml.append(pick(r, SECTIONS)).append(":\n");
            int entries = r.nextInt(3);
            for (int j = 0; j < entries; j++) {
                yaml.append("  - member: \"").append(pick(r, MEMBERS)).append("\"\n");
                int fields = r.nextInt(3);
                for (int k = 0; k < fields; k++) {
                    String field = pick(r, FIELDS);
                    String value = field.equals("category") || field.equals("purpose") ? pick(r, KEYS) : pick(r, VALUES);
                    yaml.append("    ").append(field).append(": ").append(value).append('\n');
                }
            }
        }
        if (r.nextInt(4) == 0 && yaml.length() > 0) {
            // Damage: a character inserted, or the text cut, somewhere.
            int at = r.nextInt(yaml.length());
            if (r.nextBoolean()) {
                yaml.insert(at, "\t:[{'\"#&*!|>%@`".charAt(r.nextInt(15)));
            } else {
                yaml.setLength(at);
            }
        }
        return yaml.toString();
    }

    private static String pick(Random r, List<String> values) {
        return values.get(r.nextInt(values.size()));
    }
}
