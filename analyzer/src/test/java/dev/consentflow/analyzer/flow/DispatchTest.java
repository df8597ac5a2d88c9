package dev.consentflow.analyzer.flow;

import dev.consentflow.analyzer.testing.FlowTester;
import org.junit.jupiter.api.Test;

/**
 * Calls through interfaces and abstract classes reach their implementations in the sources. The
 * implementations are public, so a caller's data that reaches their sink is reported at the sink.
 */
class DispatchTest {
    private static final String NOTIFIERS = """
            package shop;

            interface Notifier {
                void notify(String to);
            }

            class MarketingNotifier implements Notifier {
                Mailer mailer;
                public void notify(String to) {
                    mailer.sendPromotion(to, "offer"); // EXPECT: unconsented-use
                }
            }

            class TransactionalNotifier implements Notifier {
                Mailer mailer;
                public void notify(String to) {
                    mailer.sendReceipt(to, "order 42");
                }
            }
            """;

    @Test
    void interfaceCallReachesEveryImplementation() {
        FlowTester.job("""
                    void any(Notifier n, Customer c) {
                        n.notify(c.getEmail());
                    }
                    void guarded(Notifier n, Customer c) {
                        if (consent.allowsMarketing(c)) n.notify(c.getEmail());
                    }
                """).add("shop/Notifier.java", NOTIFIERS).check();
    }

    @Test
    void overloadWithAParameterOfAnUnknownTypeDoesNotStopTheAnalysis() {
        // keycloak-services: an overload whose parameter type is neither in the sources nor on the
        // classpath made the override check throw, and the whole analysis stop.
        FlowTester.job("""
                    void run(Exporter e, Customer c) {
                        e.export(c.getEmail());
                    }
                """).add("shop/Exporter.java", """
                package shop;

                import org.elsewhere.ClientRepresentation;

                interface Exporter {
                    void export(String to);
                }

                class MailExporter implements Exporter {
                    Mailer mailer;
                    public void export(String to) {
                        mailer.sendPromotion(to, "offer"); // EXPECT: unconsented-use
                    }
                    public void export(ClientRepresentation client) {
                    }
                }
                """).check();
    }

    @Test
    void knownAllocationNarrowsTheTargets() {
        FlowTester.job("""
                    private final Notifier transactional = new TransactionalNotifier();
                    void receipt(Customer c) {
                        transactional.notify(c.getEmail());
                    }
                    void local(Customer c) {
                        Notifier n = new TransactionalNotifier();
                        n.notify(c.getEmail());
                    }
                """).add("shop/Notifier.java", NOTIFIERS.replace(" // EXPECT: unconsented-use", "")).check();
    }

    @Test
    void packagePrivateImplementationReportsAtTheCallSite() {
        FlowTester.job("""
                    void run(Campaign campaign, Customer c) {
                        campaign.send(c.getEmail()); // EXPECT: unconsented-use
                    }
                """).add("shop/Campaign.java", """
                package shop;

                abstract class Campaign {
                    abstract void send(String to);
                }

                class SpringSale extends Campaign {
                    Mailer mailer;
                    void send(String to) {
                        mailer.sendPromotion(to, "sale");
                    }
                }
                """).check();
    }

    @Test
    void interfaceCallsGuardedByTheCaller() {
        FlowTester.job("""
                    void guarded(Notifier n, Customer c) {
                        if (consent.allowsMarketing(c)) n.notify(c.getEmail());
                    }
                """).add("shop/Notifier.java", NOTIFIERS.replace(" // EXPECT: unconsented-use", "")).check();
    }
}
