package dev.consentflow.analyzer.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.consentflow.analyzer.AnalysisListener;
import dev.consentflow.analyzer.frontend.SourceFile;
import dev.consentflow.analyzer.policy.SourceNames;
import dev.consentflow.analyzer.testing.FlowTester;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The demand-driven analysis: which declarations {@link Slice} keeps, by name only, and, end to end, that
 * flows reaching a method only through a name the slice had to infer (a field a setter filled, a static
 * queue, a method reference, a record component) are still found.
 */
class SliceTest {
    static final String CUSTOMER = """
            package shop;
            import dev.consentflow.annotations.PersonalData;
            class Customer {
                @PersonalData(category = "user.contact.email") String email;
                String getEmail() { return email; }
                int age() { return 3; }
            }
            """;

    @Test
    void keepsOnlyWhatPersonalDataCanReach() {
        Set<String> kept = kept(SourceNames.NONE, CUSTOMER, """
                package shop;
                class Report {
                    String note;
                    String line(Customer c) { return "to " + c.getEmail(); }
                    void print(Customer c) { System.out.println(line(c)); }
                    int sum(int a, int b) { return a + b; }
                    void ages(Customer c) { System.out.println(c.age()); }
                }
                """);
        assertThat(kept).containsExactlyInAnyOrder(
                "Customer.email", "Customer.getEmail", "Report.line", "Report.print");
    }

    @Test
    void followsWritesOfCalledMethodsToTheirReaders() {
        Set<String> kept = kept(SourceNames.NONE, CUSTOMER, """
                package shop;
                class Signup {
                    void register(Customer c, Lead lead, Outbox outbox) {
                        lead.setContact(c.getEmail());
                        outbox.queue(c.getEmail());
                    }
                }
                class Lead {
                    private String contact;
                    void setContact(String contact) { this.contact = contact; }
                    String getContact() { return contact; }
                }
                class Outbox {
                    static final java.util.List<String> PENDING = new java.util.ArrayList<>();
                    void queue(String to) { PENDING.add(to); }
                }
                class Later {
                    void remind(Lead lead) { System.out.println(lead.getContact()); }
                    void flush() { for (String to : Outbox.PENDING) System.out.println(to); }
                    void unrelated(Lead lead) { System.out.println(lead.hashCode()); }
                }
                """);
        assertThat(kept).contains("Later.remind", "Later.flush", "Lead.getContact", "Outbox.PENDING")
                .doesNotContain("Later.unrelated");
    }

    @Test
    void policySourcesAreNamesToo() {
        Set<String> kept = kept(new SourceNames(Set.of("phone"), Set.of()), """
                package shop;
                class Calls {
                    void dial(org.lib.Account a) { System.out.println(a.getPhone()); }
                    void other(org.lib.Account a) { System.out.println(a.getId()); }
                }
                """);
        assertThat(kept).containsExactly("Calls.dial");
    }

    @Test
    void aWholeTypeDeclaredPersonalOutsideTheSourcesKeepsEverything() {
        String calls = """
                package shop;
                class Calls {
                    void any() { System.out.println(java.text.NumberFormat.getCurrencyInstance().getCurrency()); }
                }
                """;
        assertThat(kept(new SourceNames(Set.of(), Set.of("java.util.Currency")), calls))
                .containsExactly("Calls", "Calls.any");
        // Declared in the sources, a type is reached through what names it, and nothing here does.
        assertThat(kept(new SourceNames(Set.of(), Set.of("shop.Calls")), calls)).isEmpty();
    }

    @Test
    void flowsThroughInferredNamesAreFound() {
        FlowTester.job("""
                    static final List<String> PENDING = new ArrayList<>();
                    private String contact;
                    void register(Customer c) {
                        this.contact = c.getEmail();
                        PENDING.add(c.getName());
                    }
                    void remind() {
                        mailer.sendPromotion(contact, "come back"); // EXPECT: unconsented-use
                    }
                    void flush() {
                        for (String name : PENDING) {
                            mailer.sendPromotion("list@shop", name); // EXPECT: unconsented-use
                        }
                    }
                    void viaReference(List<Customer> all) {
                        all.stream().map(Customer::getEmail)
                                .forEach(to -> mailer.sendPromotion(to, "hi")); // EXPECT: unconsented-use
                    }
                    void untouched(String to) {
                        mailer.sendPromotion(to, "hi");
                    }
                """).check();
    }

    @Test
    void writesOfCalleesIntoTheirArgumentsAndReceiversAreFollowed() {
        FlowTester.job("""
                    static final List<String> PENDING = new ArrayList<>();
                    static final Deque<List<String>> BATCHES = new ArrayDeque<>();
                    static final String[] LAST = new String[1];
                    final Holder holder = new Holder();
                    void collect(Customer c) {
                        addTo(PENDING, c.getEmail());
                        BATCHES.peek().add(c.getName());
                        new Collector(LAST, c.getEmail());
                        holder.load();
                    }
                    static void addTo(List<String> into, String s) { addAll(s, into); }
                    static void addAll(String s, List<String> into) { into.add(s); }
                    void flush() {
                        for (String to : PENDING) {
                            mailer.sendPromotion(to, "hi"); // EXPECT: unconsented-use
                        }
                    }
                    void flushBatches() {
                        for (List<String> batch : BATCHES) {
                            mailer.sendPromotion("list@shop", batch.get(0)); // EXPECT: unconsented-use
                        }
                    }
                    void last() {
                        mailer.sendPromotion(LAST[0], "hi"); // EXPECT: unconsented-use
                    }
                    void whole() {
                        mailer.sendPromotion(String.valueOf(holder), "hi"); // EXPECT: unconsented-use
                    }
                """).add("shop/Holder.java", """
                package shop;
                class Holder {
                    Customer customer;
                    String contact;
                    void load() { contact = customer.getEmail(); }
                }
                class Collector {
                    Collector(String[] into, String s) { into[0] = s; }
                }
                """).check();
    }

    @Test
    void objectsWrittenAreNamedByTheirRoot() {
        FlowTester.job("""
                    static final List<String> PENDING = new ArrayList<>();
                    final Holder holder = new Holder();
                    void collect(Customer c) {
                        (PENDING).add(c.getEmail());
                        this.holder.contact = c.getName();
                    }
                    void flush() {
                        for (String to : PENDING) {
                            mailer.sendPromotion(to, "hi"); // EXPECT: unconsented-use
                        }
                    }
                    void whole() {
                        mailer.sendPromotion(String.valueOf(holder), "hi"); // EXPECT: unconsented-use
                    }
                """).add("shop/Holder.java", """
                package shop;
                class Holder {
                    String contact;
                }
                """).check();
    }

    @Test
    void aRecordComponentIsAFieldToo() {
        FlowTester.job("""
                    void send(HasContact h) {
                        mailer.sendPromotion(h.contact(), "hi"); // EXPECT: unconsented-use
                    }
                """).add("shop/Lead.java", """
                package shop;
                interface HasContact { String contact(); }
                record Lead(Customer customer, String contact) implements HasContact {
                    Lead(Customer customer, String contact) {
                        this.customer = customer;
                        this.contact = customer.getEmail();
                    }
                    public String contact() { return contact; }
                }
                """).check();
    }

    @Test
    void thisNamesTheRecordItRenders() {
        FlowTester.withShop().add("shop/Lead.java", """
                package shop;
                import dev.consentflow.annotations.PersonalData;
                record Lead(@PersonalData(category = "user.contact.email") String email) {
                    void promote(Mailer m) {
                        m.sendPromotion("" + this, "hi"); // EXPECT: unconsented-use
                    }
                }
                """).check();
    }

    /** The names of the declarations the slice keeps: {@code Type.member}, or {@code Type} for a header. */
    private static Set<String> kept(SourceNames sources, String... texts) {
        List<SourceFile> files = parsed(texts);
        Slice slice = new Slice(files, sources, AnalysisListener.NONE);
        Set<String> kept = new TreeSet<>();
        for (SourceFile file : files) {
            file.unit().walk(node -> {
                if (isDeclaration(node) && slice.contains(node)) {
                    kept.add(name(node));
                }
            });
        }
        return kept;
    }

    /** One parsed file per text, {@code /src/0.java}, {@code /src/1.java}, … */
    static List<SourceFile> parsed(String... texts) {
        List<SourceFile> files = new ArrayList<>();
        for (String text : texts) {
            files.add(parsed(files.size(), text));
        }
        return files;
    }

    /** The file {@code /src/<index>.java} holding {@code text}. */
    static SourceFile parsed(int index, String text) {
        CompilationUnit unit = StaticJavaParser.parse(text);
        return new SourceFile(Path.of("/src/" + index + ".java"), unit, 1, true);
    }

    private static boolean isDeclaration(Node node) {
        return node instanceof TypeDeclaration<?> || node instanceof CallableDeclaration<?>
                || node instanceof FieldDeclaration;
    }

    /** {@code Type.member}, or {@code Type} for a type's header. */
    static String name(Node node) {
        String type = node.findAncestor(TypeDeclaration.class).map(t -> t.getNameAsString()).orElse("");
        if (node instanceof TypeDeclaration<?> t) {
            return t.getNameAsString();
        }
        if (node instanceof FieldDeclaration f) {
            return type + "." + f.getVariable(0).getNameAsString();
        }
        return type + "." + ((CallableDeclaration<?>) node).getNameAsString();
    }
}
