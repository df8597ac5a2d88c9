package dev.consentflow.analyzer.flow;

import dev.consentflow.analyzer.testing.FlowTester;
import org.junit.jupiter.api.Test;

/** Sinks: declared on interfaces, inherited by implementations and overrides, or on a whole type. */
class SinkTest {
    @Test
    void sinkInheritedByImplementationAndOverride() {
        FlowTester.withShop()
                .add("shop/SmtpMailer.java", """
                        package shop;

                        class SmtpMailer implements Mailer {
                            public void sendPromotion(String to, String body) { }
                            public void sendReceipt(String to, String body) { }
                        }
                        """)
                .add("shop/FancyMailer.java", """
                        package shop;

                        class FancyMailer extends SmtpMailer {
                            @Override
                            public void sendPromotion(String to, String body) { }
                        }
                        """)
                .add("shop/Job.java", """
                        package shop;

                        class Job {
                            void viaImplementation(SmtpMailer smtp, Customer c) {
                                smtp.sendPromotion(c.getEmail(), "hi"); // EXPECT: unconsented-use
                                smtp.sendReceipt(c.getEmail(), "order 42");
                            }
                            void viaOverride(FancyMailer fancy, Customer c) {
                                fancy.sendPromotion(c.getEmail(), "hi"); // EXPECT: unconsented-use
                            }
                        }
                        """)
                .check();
    }

    @Test
    void typeLevelDataUseCoversPublicMethods() {
        FlowTester.withShop()
                .add("shop/Sms.java", """
                        package shop;

                        import dev.consentflow.annotations.DataUse;

                        @DataUse(purpose = "marketing.communications.sms")
                        public class Sms {
                            public void send(String to) { }
                            void internal(String to) { }
                        }
                        """)
                .add("shop/Job.java", """
                        package shop;

                        class Job {
                            void run(Sms sms, Customer c) {
                                sms.send(c.getEmail()); // EXPECT: unconsented-use
                                sms.internal(c.getEmail());
                            }
                        }
                        """)
                .check();
    }

    @Test
    void useWithoutConsentRequirementIsFine() {
        FlowTester.withShop().add("shop/Job.java", """
                package shop;

                class Job {
                    void receipt(Mailer mailer, Customer c) {
                        mailer.sendReceipt(c.getEmail(), "Order 42 confirmed");
                    }
                }
                """).check();
    }
}
