package dev.consentflow.analyzer.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.AnalysisListener;
import dev.consentflow.analyzer.frontend.SourceFile;
import dev.consentflow.analyzer.policy.SourceNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link Slice#next}: after an edit the slice is the old one continued with the new facts, and holds what a
 * slice computed again holds; after an edit that takes a name away (or a file), at least that. An edit that
 * declares a new field name computes it again.
 */
class SliceEditTest {
    private static final String SHOP = """
            package shop;
            class Shop {
                final Holder holder = new Holder();
                Holder getHolder() { return holder; }
                void register(Customer c) {
                    System.out.println(c.getEmail());
                    holder.load();
                }
            }
            class Later {
                void remind(Shop s) { System.out.println(s.getHolder()); }
                void contact(Holder h) { System.out.println(h.getContact()); }
            }
            """;

    @Test
    void aCallThatMakesACalleeWriteItsReceiverReachesTheReadersOfTheCallersField() {
        Edited edited = edit("""
                package shop;
                class Holder {
                    String contact;
                    void load() { }
                    void reset() { contact = null; }
                    String getContact() { return contact; }
                }
                """, """
                package shop;
                class Holder {
                    String contact;
                    void load() { reset(); }
                    void reset() { contact = null; }
                    String getContact() { return contact; }
                }
                """);
        // load writes its receiver now: Shop.register writes holder, read by getHolder and its callers.
        assertThat(edited.continued()).isEqualTo(edited.fresh())
                .contains("Shop.getHolder", "Later.remind", "Holder.getContact", "Later.contact");
        assertThat(edited.before()).doesNotContain("Shop.getHolder", "Holder.getContact");
    }

    @Test
    void aCalleeOfSliceCodeThatStartsWritingAFieldReachesItsReaders() {
        // Holder.load makes load a writer already (of its receiver); Other.load mentions no reached name.
        String holder = """
                package shop;
                class Holder {
                    void load() { put("k"); }
                    void put(String k) { }
                }
                class Other {
                    String note;
                    void load() { }
                    String getNote() { return note; }
                }
                """;
        Edited edited = edit(holder, holder.replace("void load() { }", "void load() { note = \"\"; }"));
        assertThat(edited.continued()).isEqualTo(edited.fresh()).contains("Other.getNote");
        assertThat(edited.before()).doesNotContain("Other.getNote");
    }

    @Test
    void aParameterWrittenThroughReachesTheReadersOfTheArgument() {
        Edited edited = edit("""
                package shop;
                import java.util.*;
                class Outbox {
                    static final List<String> PENDING = new ArrayList<>();
                    void queue(Customer c) { addTo(c.getEmail()); }
                    static void addTo(String s) { System.out.println(s); }
                }
                class Later {
                    void flush() { for (String to : Outbox.PENDING) System.out.println(to); }
                }
                """, """
                package shop;
                import java.util.*;
                class Outbox {
                    static final List<String> PENDING = new ArrayList<>();
                    void queue(Customer c) { addTo(PENDING, c.getEmail()); }
                    static void addTo(List<String> into, String s) { into.add(s); }
                }
                class Later {
                    void flush() { for (String to : Outbox.PENDING) System.out.println(to); }
                }
                """);
        assertThat(edited.continued()).isEqualTo(edited.fresh()).contains("Outbox.PENDING", "Later.flush");
        assertThat(edited.before()).doesNotContain("Later.flush");
    }

    @Test
    void aNewMentionOfAReachedNameBringsInTheMethodAndItsCallers() {
        Edited edited = edit(REPORT, REPORT.replace("c.age()", "c.getEmail()"));
        assertThat(edited.continued()).isEqualTo(edited.fresh()).contains("Report.ages", "Report.print");
        assertThat(edited.before()).doesNotContain("Report.ages", "Report.print");
    }

    @Test
    void aMentionTakenAwayLeavesAtLeastTheSliceComputedAgain() {
        Edited edited = edit(REPORT.replace("c.age()", "c.getEmail()"), REPORT);
        // ages stays reached: the slice keeps it and its callers, though nothing personal reaches them now.
        assertThat(edited.continued()).containsAll(edited.fresh());
        assertThat(edited.fresh()).contains("Shop.register").doesNotContain("Report.ages", "Report.print");
    }

    @Test
    void aDeclarationAddedContinuesTheSlice() {
        Edited edited = edit(REPORT, REPORT.replace("int sum(", """
                String mail(Customer c) { return c.getEmail(); }
                    int sum("""));
        assertThat(edited.continued()).isEqualTo(edited.fresh()).contains("Report.mail");
    }

    @Test
    void aMethodAddedUnderANameThatAlreadyWritesIsReadForItsCallers() {
        String writer = """
                package shop;
                class Store {
                    String last;
                    void load(java.util.List<String> into, String s) { into.add(s); last = s; }
                }
                """;
        // A second load, under a name that already writes its receiver and its parameters.
        Edited edited = edit(writer, writer.replace("class Store {", """
                class Store {
                    void load() { new Holder().contact = "x"; }"""), HOLDER);
        assertThat(edited.continued()).isEqualTo(edited.fresh()).contains("Holder.getContact", "Later.contact");
        assertThat(edited.before()).doesNotContain("Holder.getContact");
    }

    @Test
    void aFileRemovedLeavesAtLeastTheSliceComputedAgain() {
        List<SourceFile> files = SliceTest.parsed(SliceTest.CUSTOMER, SHOP, HOLDER, REPORT.replace("c.age()", "c.getEmail()"));
        Slice slice = new Slice(files, SourceNames.NONE, AnalysisListener.NONE);
        List<SourceFile> after = files.subList(0, files.size() - 1);

        Slice next = slice.next(after, files, SourceNames.NONE, AnalysisListener.NONE);

        assertThat(next).isSameAs(slice);
        Set<String> fresh = members(new Slice(after, SourceNames.NONE, AnalysisListener.NONE));
        assertThat(members(next)).containsAll(fresh);
        assertThat(fresh).contains("Shop.register").doesNotContain("Report.ages");
    }

    @Test
    void aNewFieldNameComputesTheSliceAgain() {
        List<SourceFile> files = SliceTest.parsed(SliceTest.CUSTOMER, REPORT);
        Slice slice = new Slice(files, SourceNames.NONE, AnalysisListener.NONE);
        List<SourceFile> after = replaced(files, REPORT.replace("int sum(", "String nickname;\n    int sum("));

        Slice next = slice.next(after, files, SourceNames.NONE, AnalysisListener.NONE);

        // Code that wrote nickname before wrote no field: what it wrote is a way to reach personal data now.
        assertThat(next).isNotSameAs(slice);
        assertThat(members(next)).isEqualTo(members(new Slice(after, SourceNames.NONE, AnalysisListener.NONE)));
    }

    @Test
    void otherSourceNamesComputeTheSliceAgain() {
        List<SourceFile> files = SliceTest.parsed(SliceTest.CUSTOMER, REPORT);
        Slice slice = new Slice(files, SourceNames.NONE, AnalysisListener.NONE);
        SourceNames ages = new SourceNames(Set.of("age"), Set.of());
        Slice next = slice.next(files, files, ages, AnalysisListener.NONE);
        assertThat(members(next)).contains("Report.ages", "Customer.age");
    }

    private static final String REPORT = """
            package shop;
            class Report {
                void print(Customer c) { ages(c); }
                void ages(Customer c) { System.out.println(c.age()); }
                int sum(int a, int b) { return a + b; }
            }
            """;

    /**
     * What a slice of the customer, {@link #SHOP} and {@code before} keeps, what {@link Slice#next}
     * keeps after {@code before} became {@code after}, and what a slice
     * computed on the edited files keeps.
     */
    private record Edited(Set<String> before, Set<String> continued, Set<String> fresh) {}

    private static final String HOLDER = """
            package shop;
            class Holder {
                String contact;
                String getContact() { return contact; }
            }
            """;

    private static Edited edit(String before, String after, String... others) {
        List<String> texts = new ArrayList<>(List.of(SliceTest.CUSTOMER, SHOP));
        texts.addAll(List.of(others));
        texts.add(before);
        List<SourceFile> files = SliceTest.parsed(texts.toArray(String[]::new));
        Slice slice = new Slice(files, SourceNames.NONE, AnalysisListener.NONE);
        Set<String> was = members(slice);
        List<SourceFile> edited = replaced(files, after);
        Slice next = slice.next(edited, files, SourceNames.NONE, AnalysisListener.NONE);
        assertThat(next).as("the slice is continued, not computed again").isSameAs(slice);
        return new Edited(was, members(next), members(new Slice(edited, SourceNames.NONE, AnalysisListener.NONE)));
    }

    /** The files with the last one's text replaced by {@code text}, the others kept (the same units). */
    private static List<SourceFile> replaced(List<SourceFile> files, String text) {
        List<SourceFile> edited = new ArrayList<>(files.subList(0, files.size() - 1));
        edited.add(SliceTest.parsed(files.size() - 1, text));
        return edited;
    }

    private static Set<String> members(Slice slice) {
        Set<String> names = new TreeSet<>();
        slice.members().forEach(node -> names.add(SliceTest.name(node)));
        return names;
    }
}
