package dev.consentflow.analyzer.policy.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consentflow.analyzer.policy.MemberRef;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemberPatternTest {
    private static final MemberRef GET_EMAIL = MemberRef.method("com.acme.Customer", "getEmail", List.of());
    private static final MemberRef EMAIL_FIELD = MemberRef.field("com.acme.Customer", "email");
    private static final MemberRef SEND = MemberRef.method("com.acme.Mailer", "send",
            List.of("java.lang.String", "int[]", "java.lang.Object[]"));

    @Test
    void aBareTypeMatchesEveryMemberOfTheType() {
        MemberPattern type = MemberPattern.parse("com.acme.Customer");
        assertThat(type.namesMember()).isFalse();
        assertThat(type.matches(GET_EMAIL)).isTrue();
        assertThat(type.matches(EMAIL_FIELD)).isTrue();
        assertThat(type.matches(MemberRef.method("com.acme.Customers", "getEmail", List.of()))).isFalse();
    }

    @Test
    void withoutParenthesesTheFieldAndEveryMethodOfThatNameMatch() {
        MemberPattern email = MemberPattern.parse("com.acme.Customer#email");
        assertThat(email.matches(EMAIL_FIELD)).isTrue();
        assertThat(email.matches(MemberRef.method("com.acme.Customer", "email", List.of()))).isTrue();
        assertThat(email.matches(GET_EMAIL)).isFalse();
        assertThat(email.isMethodOnly()).isFalse();
    }

    @Test
    void anyParametersMatchMethodsOnly() {
        MemberPattern send = MemberPattern.parse("com.acme.Mailer#send(..)");
        assertThat(send.matches(SEND)).isTrue();
        assertThat(send.matches(MemberRef.method("com.acme.Mailer", "send", List.of()))).isTrue();
        assertThat(send.matches(MemberRef.field("com.acme.Mailer", "send"))).isFalse();
        assertThat(send.parameters()).isEmpty();
    }

    @Test
    void emptyParenthesesMatchTheParameterlessMethodOnly() {
        MemberPattern getEmail = MemberPattern.parse("com.acme.Customer#getEmail()");
        assertThat(getEmail.matches(GET_EMAIL)).isTrue();
        assertThat(getEmail.matches(MemberRef.method("com.acme.Customer", "getEmail", List.of("int")))).isFalse();
        assertThat(getEmail.matches(MemberRef.field("com.acme.Customer", "getEmail"))).isFalse();
    }

    @Test
    void exactParametersWithPrimitivesArraysAndVarargs() {
        MemberPattern send =
                MemberPattern.parse(" com.acme.Mailer#send( java.lang.String , int [], java.lang.Object... ) ");
        assertThat(send.parameters()).contains(List.of("java.lang.String", "int[]", "java.lang.Object[]"));
        assertThat(send.matches(SEND)).isTrue();
        assertThat(send.toString()).isEqualTo("com.acme.Mailer#send( java.lang.String , int [], java.lang.Object... )");
        assertThat(MemberPattern.parse("com.acme.Mailer#send(java.lang.String, int[], java.lang.Object[])")
                .matches(SEND)).isTrue();
        assertThat(MemberPattern.parse("com.acme.Mailer#send(java.lang.String, int[])").matches(SEND)).isFalse();
        assertThat(MemberPattern.parse("com.acme.Mailer#send(java.lang.String, long[], java.lang.Object...)")
                .matches(SEND)).isFalse();
    }

    @Test
    void nestedTypesAreWrittenWithDollarOrDot() {
        MemberRef inner = MemberRef.method("com.acme.Outer.Inner", "m", List.of("com.acme.Outer.Key"));
        assertThat(MemberPattern.parse("com.acme.Outer$Inner#m(com.acme.Outer$Key)").matches(inner)).isTrue();
        assertThat(MemberPattern.parse("com.acme.Outer.Inner#m(com.acme.Outer.Key)").matches(inner)).isTrue();
        assertThat(MemberPattern.parse("com.acme.Outer$Inner").type()).isEqualTo("com.acme.Outer.Inner");
        assertThat(MemberPattern.parse("com.acme.Outer$Inner").matchesType("com.acme.Outer$Inner")).isTrue();
        assertThat(MemberPattern.parse("com.acme.Outer#m()").matches(
                MemberRef.method("com.acme.Outer.Inner", "m", List.of()))).isFalse();
    }

    @Test
    void partsAreExposed() {
        MemberPattern pattern = MemberPattern.parse("com.acme.Mailer#send(java.lang.String)");
        assertThat(pattern.type()).isEqualTo("com.acme.Mailer");
        assertThat(pattern.member()).contains("send");
        assertThat(pattern.parameters()).contains(List.of("java.lang.String"));
        assertThat(pattern.isMethodOnly()).isTrue();
        assertThat(pattern).isEqualTo(MemberPattern.parse("com.acme.Mailer#send(java.lang.String)"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                          | the pattern is empty",
        "#send()                     | no type before #",
        "com.acme.#send()            | \"com.acme.\" is not a qualified type name",
        "com.acme.Mailer$            | \"com.acme.Mailer$\" is not a qualified type name",
        "com.acme.Mail-er#send()     | \"com.acme.Mail-er\" is not a qualified type name",
        "com.acme.Mailer#            | no member name after #",
        "com.acme.Mailer#send#x      | \"send#x\" is not a member name",
        "com.acme.Mailer#send(       | the parameter list must end the pattern with \")\"",
        "com.acme.Mailer#send()x     | the parameter list must end the pattern with \")\"",
        "com.acme.Mailer#send(String) | parameter type \"String\" is not qualified (e.g. java.lang.String)",
        "a.Mailer#send(java.util.List<T>) | \"java.util.List<T>\" is not erased: leave out the type arguments <...>",
        "com.acme.Mailer#send(int..., int) | only the last parameter can be varargs (...)",
        "com.acme.Mailer#send(int,)  | a parameter type is missing",
        "com.acme.Mailer#send([])    | a parameter type is missing",
        "com.acme.Mailer#send(...)   | a parameter type is missing",
    })
    void malformedPatternsAreRejectedWithTheReason(String pattern, String reason) {
        assertThatThrownBy(() -> MemberPattern.parse(pattern))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("malformed member pattern \"" + pattern.strip() + "\": " + reason
                        + "; expected Type, Type#member or Type#method(params)");
    }
}
