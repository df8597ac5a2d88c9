package dev.consentflow.analyzer.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Fingerprints of findings that survive unrelated edits (issue 5): lines moving, code added elsewhere in
 * the file, reformatting. A fingerprint is made of the rule, the declaration the finding stands in
 * (type and member signature), the source and the sink of its flow (their descriptions, which name members
 * and categories but no lines) and an ordinal among the findings that share all of these, counted in
 * file order; never of a line or column. It is the SARIF {@code partialFingerprints["consentflow/v1"]}
 * and what {@code consentflow-baseline.json} holds.
 */
public final class Fingerprints {
    /** The SARIF {@code partialFingerprints} key; a new way of computing them gets a new version. */
    public static final String VERSION = "consentflow/v1";

    private Fingerprints() {}

    /**
     * The fingerprint of one finding: 32 lower-case hex digits (the first 128 bits of a SHA-256 over the
     * parts, each ended by a NUL so that no two part lists give the same text).
     *
     * @param rule the rule id
     * @param member the enclosing declaration, e.g. {@code com.acme.Weekly#run(Customer)}
     * @param source what the flow's first step says, empty for a declaration rule
     * @param sink what the flow's last step says, or the message of a finding without flow
     * @param ordinal 0 for the first finding with these parts in file order, 1 for the next, and so on
     */
    public static String of(String rule, String member, String source, String sink, int ordinal) {
        String text = String.join("\u0000", rule, member, source, sink, Integer.toString(ordinal)) + "\u0000";
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The findings placed in their declarations and fingerprinted, in the order given.
     *
     * @param memberOf the enclosing declaration of a finding (see {@code Declarations#name})
     */
    public static List<Finding> assign(List<Finding> findings, Function<Finding, String> memberOf) {
        List<Finding> inFileOrder = new ArrayList<>(findings);
        inFileOrder.sort(Comparator.comparing(Finding::location));
        Map<Finding, Finding> placed = new HashMap<>();
        Map<List<String>, Integer> seen = new HashMap<>();
        for (Finding finding : inFileOrder) {
            String member = memberOf.apply(finding);
            List<String> parts = List.of(finding.rule().id(), member, source(finding), sink(finding));
            int ordinal = seen.merge(parts, 1, Integer::sum) - 1;
            placed.put(finding, finding.placed(member, of(parts.get(0), member, parts.get(2), parts.get(3), ordinal)));
        }
        return findings.stream().map(placed::get).toList();
    }

    private static String source(Finding finding) {
        return finding.flow().isEmpty() ? "" : finding.flow().get(0).message();
    }

    private static String sink(Finding finding) {
        List<FlowStep> flow = finding.flow();
        return flow.isEmpty() ? finding.message() : flow.get(flow.size() - 1).message();
    }
}
