package dev.consentflow.analyzer.flow;

import dev.consentflow.analyzer.testing.FlowTester;
import org.junit.jupiter.api.Test;

/** Guard idioms of the first cut, each with a guarded and an unguarded variant. */
class GuardTest {
    @Test
    void ifGuards() {
        FlowTester.job("""
                    void guarded(Customer c) {
                        if (consent.allowsMarketing(c)) {
                            mailer.sendPromotion(c.getEmail(), "hi");
                        }
                    }
                    void unguarded(Customer c) {
                        mailer.sendPromotion(c.getEmail(), "hi"); // EXPECT: unconsented-use
                    }
                    void elseBranchIsNotGuarded(Customer c) {
                        if (consent.allowsMarketing(c)) {
                            return;
                        } else {
                            mailer.sendPromotion(c.getEmail(), "hi"); // EXPECT: unconsented-use
                        }
                    }
                """).check();
    }

    @Test
    void negatedCheckWithEarlyExit() {
        FlowTester.job("""
                    void byReturn(Customer c) {
                        if (!consent.allowsMarketing(c)) return;
                        mailer.sendPromotion(c.getEmail(), "hi");
                    }
                    void byThrow(Customer c) {
                        if (!consent.allowsMarketing(c)) {
                            throw new IllegalStateException("no consent");
                        }
                        mailer.sendPromotion(c.getEmail(), "hi");
                    }
                    void byContinue(List<Customer> all) {
                        for (Customer c : all) {
                            if (!consent.allowsMarketing(c)) continue;
                            mailer.sendPromotion(c.getEmail(), "hi");
                        }
                    }
                    void byBreak(List<Customer> all) {
                        for (Customer c : all) {
                            if (!consent.allowsMarketing(c)) break;
                            mailer.sendPromotion(c.getEmail(), "hi");
                        }
                    }
                    void withoutExit(Customer c) {
                        if (!consent.allowsMarketing(c)) {
                            System.currentTimeMillis();
                        }
                        mailer.sendPromotion(c.getEmail(), "hi"); // EXPECT: unconsented-use
                    }
                    void afterTheLoopNoLongerGuarded(List<Customer> all, Customer last) {
                        for (Customer c : all) {
                            if (!consent.allowsMarketing(c)) continue;
                        }
                        mailer.sendPromotion(last.getEmail(), "hi"); // EXPECT: unconsented-use
                    }
                """).check();
    }

    @Test
    void conjunctionAndDisjunction() {
        FlowTester.job("""
                    void both(Customer c) {
                        if (consent.allowsMarketing(c) && !c.isVip()) {
                            mailer.sendPromotion(c.getEmail(), "hi");
                        }
                    }
                    void either(Customer c, boolean vip) {
                        if (vip || consent.allowsMarketing(c)) {
                            mailer.sendPromotion(c.getEmail(), "hi"); // EXPECT: unconsented-use
                        }
                    }
                    void shortCircuit(Customer c) {
                        boolean sent = consent.allowsMarketing(c) && send(c);
                    }
                    private boolean send(Customer c) {
                        mailer.sendPromotion(c.getEmail(), "hi");
                        return true;
                    }
                    void unguardedShortCircuit(Customer c, boolean vip) {
                        boolean sent = vip && send(c); // EXPECT: unconsented-use
                    }
                """).check();
    }

    @Test
    void throwingVoidCheck() {
        FlowTester.job("""
                    void guarded(Customer c) {
                        consent.requireEmailConsent(c);
                        mailer.sendPromotion(c.getEmail(), "hi");
                    }
                    void checkAfterTheUse(Customer c) {
                        mailer.sendPromotion(c.getEmail(), "hi"); // EXPECT: unconsented-use
                        consent.requireEmailConsent(c);
                    }
                """).check();
    }

    @Test
    void flagFieldAndItsGetter() {
        FlowTester.job("""
                    void getter(Customer c) {
                        if (c.isNewsletterOptIn()) {
                            mailer.sendPromotion(c.getEmail(), "hi");
                        }
                    }
                    void field(Customer c) {
                        if (c.newsletterOptIn) {
                            mailer.sendPromotion(c.email, "hi");
                        }
                    }
                    void negatedGetter(Customer c) {
                        if (!c.isNewsletterOptIn()) {
                            mailer.sendPromotion(c.getEmail(), "hi"); // EXPECT: unconsented-use
                        }
                    }
                """).check();
    }

    @Test
    void optOutFlagIsGrantedWhenFalse() {
        FlowTester.job("""
                    void guarded(Customer c) {
                        if (c.isUnsubscribed()) return;
                        mailer.sendPromotion(c.getEmail(), "hi");
                    }
                    void inverted(Customer c) {
                        if (c.isUnsubscribed()) {
                            mailer.sendPromotion(c.getEmail(), "hi"); // EXPECT: unconsented-use
                        }
                    }
                """).check();
    }

    @Test
    void checkInAnUnrelatedBranchDoesNotGuard() {
        FlowTester.job("""
                    void other(Customer c, boolean vip) {
                        if (vip) {
                            consent.allowsMarketing(c);
                        }
                        mailer.sendPromotion(c.getEmail(), "hi"); // EXPECT: unconsented-use
                    }
                    void onlyOneBranch(Customer c, boolean vip) {
                        if (vip) {
                            if (!consent.allowsMarketing(c)) return;
                        }
                        mailer.sendPromotion(c.getEmail(), "hi"); // EXPECT: unconsented-use
                    }
                    void bothBranches(Customer c, boolean vip) {
                        if (vip) {
                            if (!consent.allowsMarketing(c)) return;
                        } else {
                            consent.requireEmailConsent(c);
                        }
                        mailer.sendPromotion(c.getEmail(), "hi");
                    }
                """).check();
    }

    @Test
    void helperReturningACheck() {
        FlowTester.job("""
                    private boolean canMail(Customer c) {
                        return consent.allowsMarketing(c) && !c.isVip();
                    }
                    void guarded(Customer c) {
                        if (canMail(c)) {
                            mailer.sendPromotion(c.getEmail(), "hi");
                        }
                    }
                    void negated(Customer c) {
                        if (!canMail(c)) {
                            mailer.sendPromotion(c.getEmail(), "hi"); // EXPECT: unconsented-use
                        }
                    }
                """).check();
    }

    @Test
    void streamFilterGuardsTheLaterStagesOfItsChain() {
        FlowTester.job("""
                    void methodReference(List<Customer> all) {
                        all.stream().filter(Customer::isNewsletterOptIn)
                                .forEach(c -> mailer.sendPromotion(c.getEmail(), "hi"));
                    }
                    void boundMethodReference(List<Customer> all) {
                        all.stream().filter(consent::allowsMarketing)
                                .forEach(c -> mailer.sendPromotion(c.getEmail(), "hi"));
                    }
                    void lambda(List<Customer> all) {
                        all.stream().filter(c -> consent.allowsMarketing(c))
                                .map(Customer::getEmail)
                                .forEach(e -> mailer.sendPromotion(e, "hi"));
                    }
                    void unrelatedFilter(List<Customer> all) {
                        all.stream().filter(Customer::isVip)
                                .forEach(c -> mailer.sendPromotion(c.getEmail(), "hi")); // EXPECT: unconsented-use
                    }
                    void noFilter(List<Customer> all) {
                        all.forEach(c -> mailer.sendPromotion(c.getEmail(), "hi")); // EXPECT: unconsented-use
                    }
                """).check();
    }

    @Test
    void checkStoredInABoolean() {
        FlowTester.job("""
                    void guarded(Customer c) {
                        boolean ok = consent.allowsMarketing(c);
                        if (ok) {
                            mailer.sendPromotion(c.getEmail(), "hi");
                        }
                    }
                    void comparedToFalse(Customer c) {
                        if (consent.allowsMarketing(c) == false) return;
                        mailer.sendPromotion(c.getEmail(), "hi");
                    }
                    void ternary(Customer c) {
                        String to = consent.allowsMarketing(c) ? c.getEmail() : null;
                        mailer.sendPromotion(c.isVip() ? c.getEmail() : "x", "hi"); // EXPECT: unconsented-use
                    }
                """).check();
    }

    @Test
    void boxedFlags() {
        FlowTester.job("""
                    void optIn(Customer c) {
                        if (Boolean.TRUE.equals(c.getBoxedOptIn())) {
                            mailer.sendPromotion(c.getEmail(), "hi");
                        }
                    }
                    void optOut(Customer c) {
                        if (!Boolean.TRUE.equals(c.getDoNotEmail())) {
                            mailer.sendPromotion(c.getEmail(), "hi");
                        }
                    }
                    void optOutWrongWay(Customer c) {
                        if (Boolean.TRUE.equals(c.getDoNotEmail())) {
                            mailer.sendPromotion(c.getEmail(), "hi"); // EXPECT: unconsented-use
                        }
                    }
                    void unboxed(Customer c) {
                        if (c.getBoxedOptIn().booleanValue()) {
                            mailer.sendPromotion(c.getEmail(), "hi");
                        }
                    }
                """).check();
    }

    @Test
    void checkByTheSubjectsKey() {
        FlowTester.job("""
                    void byId(Customer c) {
                        if (consent.allowsById(c.getId())) {
                            mailer.sendPromotion(c.getEmail(), "hi");
                        }
                    }
                    void byDerivedKey(Customer c) {
                        String id = c.getId();
                        if (consent.allowsById(id)) {
                            mailer.sendPromotion(c.getEmail(), "hi");
                        }
                    }
                    void byAnotherPersonsId(Customer c, Customer d) {
                        if (consent.allowsById(d.getId())) {
                            mailer.sendPromotion(c.getEmail(), "hi"); // EXPECT: subject-mismatch
                        }
                    }
                """).check();
    }

    @Test
    void anonymousAndLocalClassesRunWhereTheyAreWritten() {
        FlowTester.job("""
                    void anonymousGuarded(Customer c) {
                        if (!consent.allowsMarketing(c)) return;
                        Runnable r = new Runnable() {
                            public void run() {
                                mailer.sendPromotion(c.getEmail(), "hi");
                            }
                        };
                        r.run();
                    }
                    void anonymousUnguarded(Customer c) {
                        Runnable r = new Runnable() {
                            public void run() {
                                mailer.sendPromotion(c.getEmail(), "hi"); // EXPECT: unconsented-use
                            }
                        };
                    }
                    void localClass(Customer c) {
                        if (!consent.allowsMarketing(c)) return;
                        class Sender {
                            void go() {
                                mailer.sendPromotion(c.getEmail(), "hi");
                            }
                        }
                        new Sender().go();
                    }
                """).check();
    }

    @Test
    void removeIfAndOptionalFilter() {
        FlowTester.job("""
                    void removeIf(List<Customer> all) {
                        List<Customer> left = new ArrayList<>(all);
                        left.removeIf(c -> !consent.allowsMarketing(c));
                        for (Customer c : left) {
                            mailer.sendPromotion(c.getEmail(), "hi");
                        }
                    }
                    void removeIfWrongWay(List<Customer> all) {
                        List<Customer> left = new ArrayList<>(all);
                        left.removeIf(c -> consent.allowsMarketing(c));
                        for (Customer c : left) {
                            mailer.sendPromotion(c.getEmail(), "hi"); // EXPECT: unconsented-use
                        }
                    }
                    void optionalFilter(Optional<Customer> maybe) {
                        maybe.filter(consent::allowsMarketing).ifPresent(c -> mailer.sendPromotion(c.getEmail(), "hi"));
                        maybe.ifPresent(c -> mailer.sendPromotion(c.getEmail(), "hi")); // EXPECT: unconsented-use
                    }
                """).check();
    }
}
