package dev.consentflow.analyzer.incremental;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.SimpleName;
import dev.consentflow.analyzer.policy.file.MemberPattern;
import dev.consentflow.analyzer.policy.file.PolicyFile;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * For {@link EditKind}: where code handles personal data, told without resolving a symbol. Code mentions a
 * source member of the policy when it names it ({@code getEmailAddress}) in a file that names its declaring
 * type ({@code Customer}, also as part of {@code CustomerImpl}): {@code getMessage} of an exception is not
 * {@code PersonalMessage#getMessage()}.
 *
 * @param typesByName the simple names of the declaring types of the source members, by member name
 */
record PersonalMembers(Map<String, Set<String>> typesByName) {
    PersonalMembers {
        typesByName = Map.copyOf(typesByName);
    }

    /** The source members of {@code policy}'s {@code personalData} entries that name a member. */
    static PersonalMembers of(PolicyFile policy) {
        return new PersonalMembers(policy.personalData().stream().map(PolicyFile.PersonalData::member)
                .filter(pattern -> pattern.member().isPresent())
                .collect(Collectors.groupingBy(pattern -> pattern.member().get(),
                        Collectors.mapping(PersonalMembers::simpleTypeName, Collectors.toCollection(TreeSet::new)))));
    }

    /** Whether {@code text} may mention a source member at all: a quick test before parsing it. */
    boolean mayBeIn(String text) {
        return typesByName.keySet().stream().anyMatch(name -> text.contains(name) && namesType(text, name));
    }

    /** Whether {@code node}, a part of the file {@code text}, mentions a source member. */
    boolean mentionedIn(Node node, String text) {
        return node.findAll(SimpleName.class).stream().map(SimpleName::getIdentifier)
                .anyMatch(name -> typesByName.containsKey(name) && namesType(text, name));
    }

    private boolean namesType(String text, String member) {
        return typesByName.get(member).stream().anyMatch(text::contains);
    }

    private static String simpleTypeName(MemberPattern pattern) {
        return pattern.type().substring(pattern.type().lastIndexOf('.') + 1);
    }
}
