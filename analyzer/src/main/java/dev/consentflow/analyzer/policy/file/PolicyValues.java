package dev.consentflow.analyzer.policy.file;

import dev.consentflow.analyzer.model.Rule;
import dev.consentflow.analyzer.policy.Policy;
import dev.consentflow.analyzer.policy.file.FideslangTaxonomy.Kind;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/** The values that several sections of {@code consentflow.yaml} share, each checked at its node. */
final class PolicyValues {
    /** Fideslang keys: dot-separated words (Fideslang's own FidesKey also allows these characters). */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

    private final PolicyYaml yaml;
    private final FideslangTaxonomy taxonomy;

    PolicyValues(PolicyYaml yaml, FideslangTaxonomy taxonomy) {
        this.yaml = yaml;
        this.taxonomy = taxonomy;
    }

    PolicyYaml yaml() {
        return yaml;
    }

    /** A member pattern ({@link MemberPattern}). */
    MemberPattern member(Node node, String what) {
        String text = yaml.string(node, what);
        try {
            return MemberPattern.parse(text);
        } catch (IllegalArgumentException e) {
            throw yaml.error(node, e.getMessage());
        }
    }

    /** A member pattern that names a member, not a whole type. */
    MemberPattern namedMember(Node node, String what) {
        MemberPattern pattern = member(node, what);
        if (!pattern.namesMember()) {
            throw yaml.error(node, what + ": \"" + pattern + "\" names a type; name a member: Type#member");
        }
        return pattern;
    }

    /** A data category or data use known to Fideslang 3.2 or declared under {@code taxonomy:}. */
    String key(Kind kind, Node node, String what) {
        String key = yaml.string(node, what);
        if (!taxonomy.knows(kind, key)) {
            String hint = taxonomy.closest(kind, key).map(k -> "; did you mean \"" + k + "\"?")
                    .orElse("; declare your own keys under taxonomy: "
                            + (kind == Kind.DATA_CATEGORY ? "dataCategories" : "dataUses"));
            throw yaml.error(node, "unknown " + kind.label() + " \"" + key + "\"" + hint);
        }
        return key;
    }

    /** One key or a non-empty list of keys. */
    List<String> keys(Kind kind, Node node, String what) {
        return yaml.oneOrMore(node, what).stream().map(n -> key(kind, n, what)).toList();
    }

    /** A key of the project's own taxonomy: only its form is checked. */
    String ownKey(Node node, String what) {
        String key = yaml.string(node, what);
        if (!KEY.matcher(key).matches()) {
            throw yaml.error(node, what + ": \"" + key + "\" is not a taxonomy key (dot-separated words such as "
                    + "user.loyalty.tier)");
        }
        return key;
    }

    /** A {@code LegalBasis} constant name. */
    String legalBasis(Node node, String what) {
        String basis = yaml.string(node, what);
        if (!Policy.LEGAL_BASES.contains(basis)) {
            throw yaml.error(node, "unknown legal basis \"" + basis + "\"; expected one of "
                    + String.join(", ", Policy.LEGAL_BASES));
        }
        return basis;
    }

    /** A rule id such as {@code unconsented-use}. */
    Rule rule(Node node, String what) {
        String id = yaml.string(node, what);
        return Rule.byId(id).orElseThrow(() -> {
            List<String> ids = Arrays.stream(Rule.values()).map(Rule::id).toList();
            String hint = Closest.to(id, ids, i -> i).map(i -> "; did you mean \"" + i + "\"?")
                    .orElse("; expected one of " + String.join(", ", ids));
            return yaml.error(node, "unknown rule \"" + id + "\"" + hint);
        });
    }
}
