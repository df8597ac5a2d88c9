package dev.consentflow.analyzer.policy.file;

import dev.consentflow.analyzer.model.Rule;
import dev.consentflow.analyzer.model.Severity;
import dev.consentflow.analyzer.policy.Policy;
import dev.consentflow.analyzer.policy.file.FideslangTaxonomy.Kind;
import java.nio.file.FileSystems;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** Reads the {@code rules:} section into a {@link Policy}; a key left out keeps its default. */
final class RulesReader {
    private static final List<String> KEYS = List.of("consentRequired", "specialCategories", "allowedLegalBases",
            "severity", "exclude", "trustCallers", "optOutIsConsent");

    private RulesReader() {}

    static Policy read(PolicyValues values, Node node) {
        PolicyYaml yaml = values.yaml();
        PolicyYaml.Fields rules = yaml.fields(node, "rules", KEYS);
        Policy d = Policy.DEFAULT;
        Map<Rule, Severity> severities = new EnumMap<>(Rule.class);
        Set<Rule> disabled = EnumSet.noneOf(Rule.class);
        rules.optional("severity").ifPresent(n -> severities(values, n, severities, disabled));
        return new Policy(
                rules.optional("consentRequired").map(n -> values.keys(Kind.DATA_USE, n, "consentRequired"))
                        .orElse(d.consentRequired()),
                rules.optional("specialCategories").map(n -> values.keys(Kind.DATA_CATEGORY, n, "specialCategories"))
                        .orElse(d.specialCategories()),
                rules.optional("allowedLegalBases").map(n -> allowedLegalBases(values, n))
                        .orElse(d.allowedLegalBases()),
                severities, disabled,
                rules.optional("exclude").map(n -> globs(yaml, n)).orElse(d.excludes()),
                rules.optional("trustCallers").map(n -> trustCallers(yaml, n)).orElse(d.trustCallers()),
                rules.optional("optOutIsConsent").map(n -> yaml.bool(n, "optOutIsConsent"))
                        .orElse(d.optOutIsConsent()));
    }

    private static Map<String, List<String>> allowedLegalBases(PolicyValues values, Node node) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (NodeTuple pair : values.yaml().pairs(node, "allowedLegalBases", "a mapping of purpose to legal bases")) {
            String purpose = values.key(Kind.DATA_USE, pair.getKeyNode(), "allowedLegalBases");
            result.put(purpose, values.yaml().oneOrMore(pair.getValueNode(), purpose).stream()
                    .map(n -> values.legalBasis(n, purpose)).toList());
        }
        return result;
    }

    private static void severities(PolicyValues values, Node node, Map<Rule, Severity> severities,
            Set<Rule> disabled) {
        PolicyYaml yaml = values.yaml();
        for (NodeTuple pair : yaml.pairs(node, "severity", "a mapping of rule id to error, warning or off")) {
            Rule rule = values.rule(pair.getKeyNode(), "severity");
            String level = yaml.string(pair.getValueNode(), rule.id());
            switch (level) {
                case "off" -> disabled.add(rule);
                case "error", "warning" -> severities.put(rule, Severity.valueOf(level.toUpperCase(Locale.ROOT)));
                default -> throw yaml.error(pair.getValueNode(),
                        "unknown severity \"" + level + "\" for " + rule.id() + "; expected error, warning or off");
            }
        }
    }

    private static List<String> globs(PolicyYaml yaml, Node node) {
        return yaml.oneOrMore(node, "exclude").stream().map(n -> {
            String glob = yaml.string(n, "exclude");
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (PatternSyntaxException e) {
                throw yaml.error(n, "exclude: \"" + glob + "\" is not a glob: " + e.getDescription());
            }
            return glob;
        }).toList();
    }

    private static Policy.TrustCallers trustCallers(PolicyYaml yaml, Node node) {
        String value = yaml.string(node, "trustCallers");
        return switch (value) {
            case "private" -> Policy.TrustCallers.PRIVATE;
            case "all" -> Policy.TrustCallers.ALL;
            default -> throw yaml.error(node, "trustCallers: expected private or all, found \"" + value + "\"");
        };
    }
}
