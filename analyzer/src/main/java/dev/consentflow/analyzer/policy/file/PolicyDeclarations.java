package dev.consentflow.analyzer.policy.file;

import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Location;
import dev.consentflow.analyzer.model.Rule;
import dev.consentflow.analyzer.policy.MemberRef;
import dev.consentflow.analyzer.policy.RoleDeclarations;
import dev.consentflow.analyzer.policy.Roles;
import dev.consentflow.analyzer.policy.SourceNames;
import dev.consentflow.analyzer.policy.file.PolicyFile.DataUse;
import dev.consentflow.analyzer.policy.file.PolicyFile.Entry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The roles that a {@link PolicyFile} declares, answered by matching its member patterns. When several
 * entries match, the first in the file wins, except that a {@code dataUses} entry with {@code callers}
 * (which applies only to calls from those members) wins over one without. Every entry that matched a
 * question is remembered, so that {@link #unmatched} can report the entries that matched nothing. Not
 * thread-safe: one instance per analysis.
 */
public final class PolicyDeclarations implements RoleDeclarations {
    private final PolicyFile file;
    private final Map<String, List<PolicyFile.PersonalData>> personalData;
    private final Map<String, List<DataUse>> dataUses;
    private final Map<String, List<PolicyFile.ConsentCheck>> consentChecks;
    private final Map<String, List<PolicyFile.Anonymizer>> anonymizers;
    private final Map<String, List<PolicyFile.Propagator>> propagators;
    private final Map<String, List<PolicyFile.Suppression>> suppressions;
    private final Set<Entry> matched = new HashSet<>();

    public PolicyDeclarations(PolicyFile file) {
        this.file = file;
        this.personalData = byType(file.personalData());
        this.dataUses = byType(file.dataUses());
        this.consentChecks = byType(file.consentChecks());
        this.anonymizers = byType(file.anonymizers());
        this.propagators = byType(file.propagators());
        this.suppressions = byType(file.suppressions());
    }

    /** A {@code personalData} entry naming this member (not a bare type: that is {@link #typeSource}). */
    @Override
    public Optional<Roles.Source> source(MemberRef member) {
        return first(personalData, member.type(), e -> e.member().namesMember() && e.member().matches(member))
                .map(PolicyFile.PersonalData::source);
    }

    @Override
    public SourceNames sourceNames() {
        Set<String> members = new HashSet<>();
        Set<String> types = new HashSet<>();
        for (PolicyFile.PersonalData entry : file.personalData()) {
            entry.member().member().ifPresentOrElse(members::add, () -> types.add(entry.member().type()));
        }
        return new SourceNames(members, types);
    }

    /**
     * A {@code personalData} entry naming a whole type: every value of it is personal data.
     *
     * @param type a qualified type name, nested types joined by {@code .} or {@code $}
     */
    @Override
    public Optional<Roles.Source> typeSource(String type) {
        return first(personalData, type, e -> !e.member().namesMember()).map(PolicyFile.PersonalData::source);
    }

    /**
     * A {@code dataUses} entry matching the method (a bare type matches all its methods) whose
     * {@code callers}, if any, match {@code caller}; caller-specific entries first.
     */
    @Override
    public Optional<Roles.Sink> sink(MemberRef method, Optional<MemberRef> caller) {
        List<DataUse> uses = matching(dataUses, method.type(),
                e -> e.member().matches(method) && appliesTo(e, caller));
        return uses.stream().filter(e -> !e.callers().isEmpty()).findFirst()
                .or(() -> uses.stream().findFirst())
                .map(DataUse::sink);
    }

    @Override
    public Optional<Roles.Check> check(MemberRef member) {
        return first(consentChecks, member.type(), e -> e.member().matches(member))
                .map(PolicyFile.ConsentCheck::check);
    }

    @Override
    public boolean anonymizer(MemberRef method) {
        return first(anonymizers, method.type(), e -> e.member().matches(method)).isPresent();
    }

    /**
     * The inputs whose data the method's result carries, when a {@code propagators} entry matches it.
     *
     * @return 0 for the receiver, n for the n-th argument
     */
    @Override
    public Optional<List<Integer>> propagator(MemberRef method) {
        return first(propagators, method.type(), e -> e.member().matches(method)).map(PolicyFile.Propagator::from);
    }

    /**
     * The {@code suppressions} entry that lets {@code @SuppressWarnings("consentflow:<rule>")} on
     * {@code member} (or on its type, which a bare-type entry names) take effect.
     */
    public Optional<PolicyFile.Suppression> suppression(Rule rule, MemberRef member) {
        return first(suppressions, member.type(), e -> e.rule() == rule && e.member().matches(member));
    }

    /**
     * The {@code suppressions} entry naming the whole type (a bare type pattern) that lets
     * {@code @SuppressWarnings("consentflow:<rule>")} on the type, or on one of its constructors, take effect.
     *
     * @param type a qualified type name, nested types joined by {@code .} or {@code $}
     */
    public Optional<PolicyFile.Suppression> typeSuppression(Rule rule, String type) {
        return first(suppressions, type, e -> e.rule() == rule && !e.member().namesMember());
    }

    /**
     * One {@link Diagnostic.Kind#POLICY} warning per entry that neither matched a question so far nor
     * names one of {@code knownMembers}, at the entry's {@code member} in the policy file, naming the
     * closest known member (or type) as a hint. Ask after the analysis.
     *
     * @param knownMembers the members the analysis saw (declared in the sources or called from them)
     * @return the warnings in file order within each section
     */
    public List<Diagnostic> unmatched(Collection<MemberRef> knownMembers) {
        Map<String, List<MemberRef>> knownByType = new HashMap<>();
        Map<String, MemberRef> byName = new TreeMap<>();
        for (MemberRef ref : knownMembers) {
            String type = MemberPattern.normalize(ref.type());
            knownByType.computeIfAbsent(type, t -> new ArrayList<>()).add(ref);
            byName.putIfAbsent(type + "#" + ref.name(), ref);
        }
        Set<String> knownTypes = new TreeSet<>(knownByType.keySet());
        Path path = file.file().toAbsolutePath().normalize();
        List<Diagnostic> warnings = new ArrayList<>();
        for (Entry entry : file.entries()) {
            MemberPattern pattern = entry.member();
            if (matched.contains(entry)
                    || knownByType.getOrDefault(pattern.type(), List.of()).stream().anyMatch(pattern::matches)) {
                continue;
            }
            Optional<String> closest = pattern.namesMember()
                    ? Closest.to(pattern.type() + "#" + pattern.member().orElseThrow(), byName.keySet(), k -> k)
                            .map(k -> "closest member: " + byName.get(k))
                    : Closest.to(pattern.type(), knownTypes, t -> t)
                            .map(t -> "closest type: " + t);
            warnings.add(new Diagnostic(Diagnostic.Kind.POLICY,
                    new Location(path, entry.position().line(), entry.position().column()),
                    entry.section() + " entry \"" + pattern + "\" matches nothing in the analyzed code"
                            + closest.map(c -> "; " + c).orElse("")));
        }
        return warnings;
    }

    private static boolean appliesTo(DataUse use, Optional<MemberRef> caller) {
        return use.callers().isEmpty()
                || caller.filter(c -> use.callers().stream().anyMatch(p -> p.matches(c))).isPresent();
    }

    private <E extends Entry> Optional<E> first(Map<String, List<E>> index, String type, Predicate<E> test) {
        return matching(index, type, test).stream().findFirst();
    }

    /** The entries for {@code type} that pass {@code test}, in file order, remembered as matched. */
    private <E extends Entry> List<E> matching(Map<String, List<E>> index, String type, Predicate<E> test) {
        List<E> found = index.getOrDefault(MemberPattern.normalize(type), List.of()).stream().filter(test).toList();
        matched.addAll(found);
        return found;
    }

    /** Entries by their pattern's type: each question looks at the entries of one type only. */
    private static <E extends Entry> Map<String, List<E>> byType(List<E> entries) {
        Map<String, List<E>> index = new HashMap<>();
        for (E entry : entries) {
            index.computeIfAbsent(entry.member().type(), t -> new ArrayList<>()).add(entry);
        }
        return index;
    }
}
