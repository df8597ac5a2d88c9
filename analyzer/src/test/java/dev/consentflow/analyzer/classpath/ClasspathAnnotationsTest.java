package dev.consentflow.analyzer.classpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Location;
import dev.consentflow.analyzer.policy.MemberRef;
import dev.consentflow.analyzer.policy.Roles;
import dev.consentflow.analyzer.policy.SubjectSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClasspathAnnotationsTest {
    private static final String CUSTOMER = """
            package com.acme;

            import dev.consentflow.annotations.*;

            public class Customer {
                @PersonalData(category = "user.contact.email")
                private final String email;
                @PersonalData(category = "user.name", subject = "employee")
                private final String name;
                @ConsentCheck(purpose = "marketing.communications.email")
                private final boolean newsletterOptIn;
                private final String city;

                public Customer(String email, String name, boolean newsletterOptIn, String city) {
                    this.email = email;
                    this.name = name;
                    this.newsletterOptIn = newsletterOptIn;
                    this.city = city;
                }

                public String getEmail() { return email; }
                public boolean isNewsletterOptIn() { return newsletterOptIn; }
                public String getCity() { return city; }
                public String getDisplayName() { return name.trim(); }
                public String emailOf(Customer other) { return other.email; }
                @PersonalData(category = "user.contact.address")
                public String getName() { return name; }
            }
            """;

    private static final String SMS = """
            package com.acme;

            import dev.consentflow.annotations.*;

            @DataUse(purpose = "marketing.communications.sms", legalBasis = LegalBasis.LEGITIMATE_INTERESTS)
            public class Sms {
                public void send(String to, int times) { }
                void internal(String to) { }
                @DataUse(purpose = "essential.service.notifications", legalBasis = LegalBasis.CONTRACT)
                public void receipt(String to) { }
            }
            """;

    private static final String OUTER = """
            package com.acme;

            import dev.consentflow.annotations.*;
            import java.util.List;

            public class Outer {
                public static class Inner {
                    @PersonalData(category = {"user.name", "user.contact.email"})
                    public <T extends CharSequence> String pick(List<String> names, int[] counts, Outer.Inner[] peers,
                            T hint, String... rest) {
                        return names.get(0);
                    }

                    @Anonymizer
                    public static String bucket(String email) { return "b" + email.length(); }

                    @ConsentCheck(purpose = "marketing", subject = "#2", grantedWhen = false,
                            categories = "user.health")
                    public static boolean optedOut(Object ledger, Customer customer) { return false; }
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void annotatedFieldsAndTheirTrivialAccessors() {
        ClasspathAnnotations annotations = of(jar("customer", Map.of("com/acme/Customer.java", CUSTOMER)));

        Roles.Source email = new Roles.Source(List.of("user.contact.email"), "customer");
        assertThat(annotations.source(MemberRef.field("com.acme.Customer", "email"))).contains(email);
        assertThat(annotations.source(method("com.acme.Customer", "getEmail"))).contains(email);
        assertThat(annotations.check(MemberRef.field("com.acme.Customer", "newsletterOptIn"))).contains(
                new Roles.Check("marketing.communications.email", SubjectSpec.parse(""), true, List.of()));
        // The getter is about its receiver, the customer whose flag it reads.
        assertThat(annotations.check(method("com.acme.Customer", "isNewsletterOptIn"))).contains(
                new Roles.Check("marketing.communications.email", new SubjectSpec(0), true, List.of()));
        assertThat(annotations.source(method("com.acme.Customer", "getCity"))).isEmpty();
        assertThat(annotations.source(method("com.acme.Customer", "getDisplayName"))).as("not trivial").isEmpty();
        assertThat(annotations.source(method("com.acme.Customer", "emailOf", "com.acme.Customer")))
                .as("reads another object's field").isEmpty();
        assertThat(annotations.source(method("com.acme.Customer", "getName"))).as("its own annotation wins")
                .contains(new Roles.Source(List.of("user.contact.address"), "customer"));
        assertThat(annotations.problems()).isEmpty();
    }

    @Test
    void dataUseOnATypeMakesItsPublicMethodsSinks() {
        ClasspathAnnotations annotations = of(jar("sms", Map.of("com/acme/Sms.java", SMS)));

        assertThat(annotations.sink(method("com.acme.Sms", "send", "java.lang.String", "int"), Optional.empty()))
                .contains(new Roles.Sink("marketing.communications.sms", "LEGITIMATE_INTERESTS"));
        assertThat(annotations.sink(method("com.acme.Sms", "internal", "java.lang.String"), Optional.empty()))
                .isEmpty();
        assertThat(annotations.sink(method("com.acme.Sms", "receipt", "java.lang.String"), Optional.empty()))
                .contains(new Roles.Sink("essential.service.notifications", "CONTRACT"));
    }

    @Test
    void nestedTypesAndParametersAreNamedAsSourceCodeNamesThem() {
        ClasspathAnnotations annotations = of(jar("outer", Map.of("com/acme/Outer.java", OUTER,
                "com/acme/Customer.java", CUSTOMER)));
        String inner = "com.acme.Outer.Inner";

        assertThat(annotations.source(method(inner, "pick", "java.util.List", "int[]", "com.acme.Outer.Inner[]",
                "java.lang.CharSequence", "java.lang.String[]")))
                .contains(new Roles.Source(List.of("user.name", "user.contact.email"), "customer"));
        assertThat(annotations.anonymizer(method(inner, "bucket", "java.lang.String"))).isTrue();
        assertThat(annotations.anonymizer(method("com.acme.Customer", "getEmail"))).isFalse();
        assertThat(annotations.check(method(inner, "optedOut", "java.lang.Object", "com.acme.Customer")))
                .contains(new Roles.Check("marketing", new SubjectSpec(2), false, List.of("user.health")));
    }

    @Test
    void readsClassDirectoriesAndTakesATypeFromTheFirstElementThatHasIt() {
        Path first = TestClasses.compile(dir.resolve("first"), Map.of("com/acme/Sms.java", SMS));
        Path second = jar("second", Map.of("com/acme/Sms.java", SMS.replace("marketing.communications.sms",
                "marketing.advertising"), "com/acme/Customer.java", CUSTOMER));

        ClasspathAnnotations annotations = of(first, second);

        assertThat(annotations.sink(method("com.acme.Sms", "send", "java.lang.String", "int"), Optional.empty()))
                .map(Roles.Sink::purpose).contains("marketing.communications.sms");
        assertThat(annotations.source(method("com.acme.Customer", "getEmail"))).isPresent();
    }

    @Test
    void skipsTheModulesOwnOutput() {
        Path output = TestClasses.compile(dir.resolve("module"), Map.of("com/acme/Customer.java", CUSTOMER));

        ClasspathAnnotations annotations = new ClasspathAnnotations(List.of(output),
                Set.of(output.resolve("../classes")));

        assertThat(annotations.source(method("com.acme.Customer", "getEmail"))).isEmpty();
        assertThat(annotations.problems()).isEmpty();
    }

    @Test
    void unreadableElementsAreSkippedAndReported() throws IOException {
        Path corrupt = Files.write(dir.resolve("corrupt.jar"), "not a zip file".getBytes());
        Path missing = dir.resolve("missing.jar");
        Path good = jar("good", Map.of("com/acme/Customer.java", CUSTOMER));

        ClasspathAnnotations annotations = of(corrupt, missing, good);

        assertThat(annotations.source(method("com.acme.Customer", "getEmail"))).isPresent();
        assertThat(annotations.problems()).extracting(Diagnostic::kind, Diagnostic::location)
                .containsExactly(
                        tuple(Diagnostic.Kind.CLASSPATH, new Location(corrupt, 0, 0)),
                        tuple(Diagnostic.Kind.CLASSPATH, new Location(missing, 0, 0)));
        assertThat(annotations.problems().get(0).message())
                .startsWith("classpath element not read, its consentflow annotations are unknown (")
                .doesNotContain(dir.toString());
        assertThat(annotations.problems().get(1).message())
                .isEqualTo("classpath element does not exist; calls into it cannot be resolved");
    }

    @Test
    void aCorruptClassFileIsSkippedAndReportedTheOthersAreRead() throws IOException {
        Path classes = TestClasses.compile(dir.resolve("broken"), Map.of("com/acme/Customer.java", CUSTOMER,
                "com/acme/Sms.java", SMS));
        Path sms = classes.resolve("com/acme/Sms.class");
        byte[] bytes = Files.readAllBytes(sms);
        Files.write(sms, Arrays.copyOf(bytes, bytes.length / 2));
        Path jar = TestClasses.jar(classes, dir.resolve("broken.jar"));

        ClasspathAnnotations annotations = of(jar);

        assertThat(annotations.source(method("com.acme.Customer", "getEmail"))).isPresent();
        assertThat(annotations.sink(method("com.acme.Sms", "send", "java.lang.String", "int"), Optional.empty()))
                .isEmpty();
        assertThat(annotations.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo(new Location(jar, 0, 0));
            assertThat(problem.message()).startsWith("consentflow annotations of com/acme/Sms.class not read (");
        });
    }

    private Path jar(String name, Map<String, String> sources) {
        return TestClasses.jar(TestClasses.compile(dir.resolve(name), sources), dir.resolve(name + ".jar"));
    }

    private static ClasspathAnnotations of(Path... classpath) {
        return new ClasspathAnnotations(List.of(classpath), Set.of());
    }

    private static MemberRef method(String type, String name, String... parameters) {
        return MemberRef.method(type, name, List.of(parameters));
    }
}
