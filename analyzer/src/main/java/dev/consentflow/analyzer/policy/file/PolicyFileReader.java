package dev.consentflow.analyzer.policy.file;

import dev.consentflow.analyzer.AnalysisException;
import dev.consentflow.analyzer.model.Rule;
import dev.consentflow.analyzer.policy.Policy;
import dev.consentflow.analyzer.policy.Roles;
import dev.consentflow.analyzer.policy.SubjectSpec;
import dev.consentflow.analyzer.policy.file.FideslangTaxonomy.Kind;
import dev.consentflow.analyzer.policy.file.PolicyFile.Anonymizer;
import dev.consentflow.analyzer.policy.file.PolicyFile.ConsentCheck;
import dev.consentflow.analyzer.policy.file.PolicyFile.DataUse;
import dev.consentflow.analyzer.policy.file.PolicyFile.PersonalData;
import dev.consentflow.analyzer.policy.file.PolicyFile.Propagator;
import dev.consentflow.analyzer.policy.file.PolicyFile.Suppression;
import dev.consentflow.analyzer.policy.file.PolicyFile.TaxonomyExtras;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads {@code consentflow.yaml} (format: {@code docs/policy-file.md}) into a {@link PolicyFile}. Every
 * key, type, member pattern, taxonomy key, rule id, legal basis and severity is checked while reading, so
 * that a typo cannot silently switch a check off.
 */
public final class PolicyFileReader {
    private static final List<String> SECTIONS = List.of("personalData", "dataUses", "consentChecks",
            "anonymizers", "propagators", "taxonomy", "rules", "suppressions");

    private PolicyFileReader() {}

    /**
     * Reads and validates a policy file.
     *
     * @param file the file; messages name it as given
     * @return the typed policy, each entry with its position
     * @throws AnalysisException (exit code 2) at the first problem met: a file that cannot be read, is empty or
     *     is not YAML; an unknown or duplicate key; a value of the wrong type; a malformed member pattern or
     *     subject; an unknown rule id, legal basis, severity or taxonomy key; a suppression without a
     *     reason. The message is {@code <file>:<line>:<col>: <message>}, at the offending key or scalar
     *     (1-based), with a short hint.
     */
    public static PolicyFile read(Path file) {
        PolicyYaml yaml = PolicyYaml.compose(file);
        PolicyYaml.Fields root = yaml.fields(yaml.root(), "the policy file", SECTIONS);
        // Read first: the other sections' keys are checked against it.
        TaxonomyExtras extras = root.optional("taxonomy").map(n -> taxonomy(yaml, n)).orElse(TaxonomyExtras.NONE);
        PolicyValues values = new PolicyValues(yaml,
                FideslangTaxonomy.standard().withExtras(extras.dataCategories(), extras.dataUses()));
        Policy policy = root.optional("rules").map(n -> RulesReader.read(values, n)).orElse(Policy.DEFAULT);
        return new PolicyFile(file,
                section(values, root, "personalData", List.of("member", "category", "subject"),
                        PolicyFileReader::personalData),
                section(values, root, "dataUses", List.of("member", "purpose", "legalBasis", "callers"),
                        PolicyFileReader::dataUse),
                section(values, root, "consentChecks",
                        List.of("member", "purpose", "grantedWhen", "subject", "categories"),
                        PolicyFileReader::consentCheck),
                section(values, root, "anonymizers", List.of("member"),
                        (v, e) -> new Anonymizer(v.namedMember(e.required("member"), "member"), e.position())),
                section(values, root, "propagators", List.of("member", "from"), PolicyFileReader::propagator),
                extras, policy,
                section(values, root, "suppressions", List.of("rule", "member", "reason"),
                        PolicyFileReader::suppression));
    }

    /** One entry of a section, with the position of its {@code member}. */
    private record Item(PolicyYaml.Fields fields, Node node) {
        Node required(String key) {
            return fields.required(key);
        }

        Optional<Node> optional(String key) {
            return fields.optional(key);
        }

        Position position() {
            return PolicyYaml.position(fields.required("member"));
        }
    }

    private static <E> List<E> section(PolicyValues values, PolicyYaml.Fields root, String name,
            List<String> keys, BiFunction<PolicyValues, Item, E> reader) {
        PolicyYaml yaml = values.yaml();
        return root.optional(name).map(section -> yaml.list(section, name, "a list of entries").stream()
                .map(item -> reader.apply(values, new Item(yaml.fields(item, name + " entry", keys), item)))
                .toList()).orElse(List.of());
    }

    private static PersonalData personalData(PolicyValues v, Item e) {
        MemberPattern member = v.member(e.required("member"), "member");
        List<String> categories = v.keys(Kind.DATA_CATEGORY, e.required("category"), "category");
        String subject = e.optional("subject").map(n -> v.yaml().string(n, "subject")).orElse("customer");
        return new PersonalData(member, new Roles.Source(categories, subject), e.position());
    }

    private static DataUse dataUse(PolicyValues v, Item e) {
        MemberPattern member = v.member(e.required("member"), "member");
        String purpose = v.key(Kind.DATA_USE, e.required("purpose"), "purpose");
        String basis = e.optional("legalBasis").map(n -> v.legalBasis(n, "legalBasis")).orElse("CONSENT");
        List<MemberPattern> callers = e.optional("callers").map(n -> v.yaml().oneOrMore(n, "callers").stream()
                .map(c -> v.member(c, "callers")).toList()).orElse(List.of());
        return new DataUse(member, new Roles.Sink(purpose, basis), callers, e.position());
    }

    private static ConsentCheck consentCheck(PolicyValues v, Item e) {
        MemberPattern member = v.namedMember(e.required("member"), "member");
        String purpose = v.key(Kind.DATA_USE, e.required("purpose"), "purpose");
        boolean grantedWhen = e.optional("grantedWhen").map(n -> v.yaml().bool(n, "grantedWhen")).orElse(true);
        SubjectSpec subject = e.optional("subject").map(n -> subject(v.yaml(), n))
                .orElse(new SubjectSpec(SubjectSpec.DEFAULT));
        List<String> categories = e.optional("categories")
                .map(n -> v.keys(Kind.DATA_CATEGORY, n, "categories")).orElse(List.of());
        return new ConsentCheck(member, new Roles.Check(purpose, subject, grantedWhen, categories), e.position());
    }

    private static SubjectSpec subject(PolicyYaml yaml, Node node) {
        try {
            return SubjectSpec.parse(yaml.string(node, "subject"));
        } catch (IllegalArgumentException e) {
            throw yaml.error(node, e.getMessage());
        }
    }

    private static Propagator propagator(PolicyValues v, Item e) {
        MemberPattern member = v.namedMember(e.required("member"), "member");
        List<Integer> from = v.yaml().oneOrMore(e.required("from"), "from").stream()
                .map(n -> input(v.yaml(), n)).toList();
        return new Propagator(member, from, e.position());
    }

    /** {@code receiver} (0) or a 1-based argument number, the numbering of {@link SubjectSpec}. */
    private static int input(PolicyYaml yaml, Node node) {
        if (node instanceof ScalarNode scalar) {
            if (scalar.getTag().equals(Tag.STR) && scalar.getValue().equals("receiver")) {
                return 0;
            }
            if (scalar.getTag().equals(Tag.INT) && scalar.getValue().matches("[1-9][0-9]{0,2}")) {
                return Integer.parseInt(scalar.getValue());
            }
        }
        throw yaml.wrongType(node, "from", "receiver or an argument number (1 for the first argument)");
    }

    private static Suppression suppression(PolicyValues v, Item e) {
        PolicyYaml yaml = v.yaml();
        Rule rule = v.rule(e.required("rule"), "rule");
        MemberPattern member = v.member(e.required("member"), "member");
        Node reasonNode = e.optional("reason").orElseThrow(() -> yaml.error(e.node(),
                "suppressions entry: \"reason\" is missing; say why the finding may stand"));
        String reason = yaml.string(reasonNode, "reason").strip();
        if (reason.isEmpty()) {
            throw yaml.error(reasonNode, "reason: is empty; say why the finding may stand");
        }
        return new Suppression(rule, member, reason, e.position());
    }

    private static TaxonomyExtras taxonomy(PolicyYaml yaml, Node node) {
        PolicyYaml.Fields fields = yaml.fields(node, "taxonomy", List.of("dataCategories", "dataUses"));
        PolicyValues values = new PolicyValues(yaml, FideslangTaxonomy.standard());
        return new TaxonomyExtras(
                fields.optional("dataCategories").map(n -> ownKeys(values, n, "dataCategories")).orElse(List.of()),
                fields.optional("dataUses").map(n -> ownKeys(values, n, "dataUses")).orElse(List.of()));
    }

    private static List<String> ownKeys(PolicyValues values, Node node, String what) {
        return values.yaml().oneOrMore(node, what).stream().map(n -> values.ownKey(n, what)).toList();
    }
}
