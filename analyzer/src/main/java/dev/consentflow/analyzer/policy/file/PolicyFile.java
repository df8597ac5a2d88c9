package dev.consentflow.analyzer.policy.file;

import dev.consentflow.analyzer.model.Rule;
import dev.consentflow.analyzer.policy.Policy;
import dev.consentflow.analyzer.policy.Roles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A read and validated {@code consentflow.yaml}: role entries for code the team cannot annotate, the
 * project's own taxonomy keys, the rules' configuration and suppressions. Immutable; every entry knows
 * its position in the file. Read one with {@link PolicyFileReader#read}.
 *
 * @param file the file as it was given to the reader (messages name it so)
 * @param personalData {@code personalData:} sources
 * @param dataUses {@code dataUses:} sinks
 * @param consentChecks {@code consentChecks:} guards
 * @param anonymizers {@code anonymizers:} sanitizers
 * @param propagators {@code propagators:} library methods whose result carries the data of some inputs
 * @param taxonomy {@code taxonomy:} the project's own keys beside Fideslang 3.2
 * @param policy {@code rules:} over the defaults ({@link Policy#DEFAULT} when the section is absent)
 * @param suppressions {@code suppressions:} the reasons that let {@code @SuppressWarnings} take effect
 */
public record PolicyFile(Path file, List<PersonalData> personalData, List<DataUse> dataUses,
        List<ConsentCheck> consentChecks, List<Anonymizer> anonymizers, List<Propagator> propagators,
        TaxonomyExtras taxonomy, Policy policy, List<Suppression> suppressions) {

    public PolicyFile {
        personalData = List.copyOf(personalData);
        dataUses = List.copyOf(dataUses);
        consentChecks = List.copyOf(consentChecks);
        anonymizers = List.copyOf(anonymizers);
        propagators = List.copyOf(propagators);
        suppressions = List.copyOf(suppressions);
    }

    /** An entry of one of the member sections. */
    public sealed interface Entry permits PersonalData, DataUse, ConsentCheck, Anonymizer, Propagator, Suppression {
        /** The members the entry is about. */
        MemberPattern member();

        /** Where its {@code member} pattern is written. */
        Position position();

        /** The section's key, e.g. {@code personalData}, for messages. */
        String section();
    }

    /** {@code @PersonalData} for a member, or for every value of a type (a bare type pattern). */
    public record PersonalData(MemberPattern member, Roles.Source source, Position position) implements Entry {
        @Override
        public String section() {
            return "personalData";
        }
    }

    /**
     * {@code @DataUse} for a method, or every method of a type.
     *
     * @param callers when not empty, the use applies only to calls made from a member these match
     */
    public record DataUse(MemberPattern member, Roles.Sink sink, List<MemberPattern> callers, Position position)
            implements Entry {
        public DataUse {
            callers = List.copyOf(callers);
        }

        @Override
        public String section() {
            return "dataUses";
        }
    }

    /** {@code @ConsentCheck} for a method or a boolean field. */
    public record ConsentCheck(MemberPattern member, Roles.Check check, Position position) implements Entry {
        @Override
        public String section() {
            return "consentChecks";
        }
    }

    /** {@code @Anonymizer} for a method. */
    public record Anonymizer(MemberPattern member, Position position) implements Entry {
        @Override
        public String section() {
            return "anonymizers";
        }
    }

    /**
     * A library method whose result carries the data (and the consent) of some of its inputs.
     *
     * @param from the inputs, in the numbering of {@code SubjectSpec}: 0 the receiver, n the n-th argument
     */
    public record Propagator(MemberPattern member, List<Integer> from, Position position) implements Entry {
        public Propagator {
            from = List.copyOf(from);
        }

        @Override
        public String section() {
            return "propagators";
        }
    }

    /** Lets {@code @SuppressWarnings("consentflow:<rule>")} on a matching member or type take effect. */
    public record Suppression(Rule rule, MemberPattern member, String reason, Position position) implements Entry {
        @Override
        public String section() {
            return "suppressions";
        }
    }

    /** The project's own Fideslang keys, valid beside the standard ones. */
    public record TaxonomyExtras(List<String> dataCategories, List<String> dataUses) {
        public static final TaxonomyExtras NONE = new TaxonomyExtras(List.of(), List.of());

        public TaxonomyExtras {
            dataCategories = List.copyOf(dataCategories);
            dataUses = List.copyOf(dataUses);
        }
    }

    /** Every entry of the member sections, section by section in the order above, each in file order. */
    public List<Entry> entries() {
        List<Entry> all = new ArrayList<>();
        all.addAll(personalData);
        all.addAll(dataUses);
        all.addAll(consentChecks);
        all.addAll(anonymizers);
        all.addAll(propagators);
        all.addAll(suppressions);
        return all;
    }

    /**
     * Fideslang 3.2 plus this file's {@code taxonomy:} keys: the keys that annotations in the analyzed
     * code may use too.
     */
    public FideslangTaxonomy knownKeys() {
        return FideslangTaxonomy.standard().withExtras(taxonomy.dataCategories(), taxonomy.dataUses());
    }
}
