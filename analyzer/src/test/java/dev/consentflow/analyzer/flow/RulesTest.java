package dev.consentflow.analyzer.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.testing.FlowTester;
import org.junit.jupiter.api.Test;

/** The rules and their order of precedence (DESIGN §1 "Rules"). */
class RulesTest {
    @Test
    void purposeHierarchy() {
        FlowTester.job("""
                    @ConsentCheck(purpose = "marketing.communications")
                    boolean communications(Customer c) { return true; }
                    @ConsentCheck(purpose = "marketing.communications.email.newsletter")
                    boolean newsletterOnly(Customer c) { return true; }
                    @ConsentCheck(purpose = "marketing.advertising")
                    boolean ads(Customer c) { return true; }
                    void parentCovers(Customer c) {
                        if (communications(c)) mailer.sendPromotion(c.getEmail(), "hi");
                    }
                    void childDoesNotCoverParent(Customer c) {
                        if (newsletterOnly(c)) mailer.sendPromotion(c.getEmail(), "hi"); // EXPECT: purpose-mismatch
                    }
                    void siblingDoesNotCover(Customer c) {
                        if (ads(c)) mailer.sendPromotion(c.getEmail(), "hi"); // EXPECT: purpose-mismatch
                    }
                    void unrelatedPurpose(Customer c) {
                        if (consent.allowsAnalytics(c)) mailer.sendPromotion(c.getEmail(), "hi"); // EXPECT: purpose-mismatch
                    }
                """).check();
    }

    @Test
    void subjectMismatchAndExplicitSubjects() {
        FlowTester.job("""
                    @ConsentCheck(purpose = "marketing", subject = "#2")
                    boolean allowsFor(String channel, Customer who) { return true; }
                    void otherPerson(Customer checked, Customer other) {
                        if (consent.allowsMarketing(checked)) {
                            mailer.sendPromotion(other.getEmail(), "hi"); // EXPECT: subject-mismatch
                        }
                    }
                    void copyIsTheSamePerson(Customer c) {
                        Customer same = c;
                        if (consent.allowsMarketing(same)) {
                            mailer.sendPromotion(c.getEmail(), "hi");
                        }
                    }
                    void secondParameterIsTheSubject(Customer c) {
                        if (allowsFor("email", c)) mailer.sendPromotion(c.getEmail(), "hi");
                    }
                    void secondParameterIsAnotherPerson(Customer c, Customer d) {
                        if (allowsFor("email", d)) mailer.sendPromotion(c.getEmail(), "hi"); // EXPECT: subject-mismatch
                    }
                """).check();
    }

    @Test
    void elementSubjectsAreNamedInMessages() {
        var result = FlowTester.job("""
                    void otherElement(Customer[] cs) {
                        if (consent.allowsMarketing(cs[0])) mailer.sendPromotion(cs[1].getEmail(), "hi"); // EXPECT: subject-mismatch
                    }
                    void sameElement(Customer[] cs) {
                        if (consent.allowsMarketing(cs[0])) mailer.sendPromotion(cs[0].getEmail(), "hi");
                    }
                """).check();
        assertThat(result.findings()).extracting(Finding::message)
                .singleElement().asString().contains("of cs[1] reaches");
    }

    @Test
    void consentTravellingWithTheDataForAnotherPurpose() {
        FlowTester.job("""
                    void filteredForAnalytics(List<Customer> all) {
                        all.stream().filter(consent::allowsAnalytics).map(Customer::getEmail)
                                .forEach(e -> mailer.sendPromotion(e, "hi")); // EXPECT: purpose-mismatch
                    }
                """).check();
    }

    @Test
    void worstPathDecides() {
        FlowTester.job("""
                    void eitherCheck(Customer c) {
                        if (consent.allowsMarketing(c) || consent.allowsAnalytics(c)) {
                            mailer.sendPromotion(c.getEmail(), "hi"); // EXPECT: purpose-mismatch
                        }
                    }
                    void unconsentedWinsOnOneLine(Customer c, Customer d) {
                        if (consent.allowsAnalytics(c)) {
                            mailer.sendPromotion(c.getEmail(), d.getName()); // EXPECT: unconsented-use
                        }
                    }
                """).check();
    }

    @Test
    void specialCategoryNeedsAConsentNamingIt() {
        FlowTester.job("""
                    void namedConsent(Customer c) {
                        if (consent.allowsHealthMarketing(c)) {
                            mailer.sendPromotion(c.getEmail(), "for " + c.getAllergies());
                        }
                    }
                    void plainConsent(Customer c) {
                        if (consent.allowsMarketing(c)) {
                            mailer.sendPromotion(c.getEmail(), "for " + c.getAllergies()); // EXPECT: special-category
                        }
                    }
                    void noConsent(Customer c) {
                        mailer.sendPromotion(c.getEmail(), c.getAllergies()); // EXPECT: unconsented-use, special-category
                    }
                """).check();
    }

    @Test
    void personalDataLogged() {
        FlowTester.job("""
                    void printed(Customer c) {
                        System.out.println("to " + c.getEmail()); // EXPECT: personal-data-logged
                        System.out.println("sending newsletter");
                    }
                    void inException(Customer c) {
                        throw new IllegalArgumentException("bad address " + c.getEmail()); // EXPECT: personal-data-logged
                    }
                """).check();
    }

    @Test
    void invalidLegalBasisStandsAtTheMethodName() {
        FlowTester.withShop().add("shop/Ads.java", """
                package shop;

                import dev.consentflow.annotations.DataUse;
                import dev.consentflow.annotations.LegalBasis;

                interface Ads {
                    @DataUse(purpose = "marketing.advertising", legalBasis = LegalBasis.LEGITIMATE_INTERESTS)
                    void retarget(String email); // EXPECT: invalid-legal-basis

                    @DataUse(purpose = "essential.service.security", legalBasis = LegalBasis.LEGITIMATE_INTERESTS)
                    void fraudCheck(String email);
                }
                """).check();
    }
}
