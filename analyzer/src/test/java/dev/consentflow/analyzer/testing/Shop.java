package dev.consentflow.analyzer.testing;

import java.util.Map;

/** A small annotated domain that flow tests build on: a customer, a mailer, a consent registry. */
public final class Shop {
    private Shop() {}

    public static final Map<String, String> SOURCES = Map.of(
            "shop/Customer.java", """
                    package shop;

                    import dev.consentflow.annotations.ConsentCheck;
                    import dev.consentflow.annotations.PersonalData;

                    public class Customer {
                        @PersonalData(category = "user.contact.email")
                        String email;
                        @PersonalData(category = "user.name")
                        String name;
                        @PersonalData(category = "user.health")
                        String allergies;
                        @ConsentCheck(purpose = "marketing.communications.email")
                        boolean newsletterOptIn;
                        @ConsentCheck(purpose = "marketing", grantedWhen = false)
                        boolean unsubscribed;
                        @ConsentCheck(purpose = "marketing")
                        Boolean boxedOptIn;
                        @ConsentCheck(purpose = "marketing", grantedWhen = false)
                        Boolean doNotEmail;
                        String id;
                        public String getId() { return id; }
                        public Boolean getBoxedOptIn() { return boxedOptIn; }
                        public Boolean getDoNotEmail() { return doNotEmail; }
                        public String getEmail() { return email; }
                        public String getName() { return name; }
                        public String getAllergies() { return allergies; }
                        public boolean isNewsletterOptIn() { return newsletterOptIn; }
                        public boolean isUnsubscribed() { return unsubscribed; }
                        public boolean isVip() { return false; }
                    }
                    """,
            "shop/Mailer.java", """
                    package shop;

                    import dev.consentflow.annotations.DataUse;
                    import dev.consentflow.annotations.LegalBasis;

                    public interface Mailer {
                        @DataUse(purpose = "marketing.communications.email")
                        void sendPromotion(String to, String body);

                        @DataUse(purpose = "essential.service.notifications", legalBasis = LegalBasis.CONTRACT)
                        void sendReceipt(String to, String body);
                    }
                    """,
            "shop/ConsentRegistry.java", """
                    package shop;

                    import dev.consentflow.annotations.ConsentCheck;

                    public interface ConsentRegistry {
                        @ConsentCheck(purpose = "marketing")
                        boolean allowsMarketing(Customer customer);

                        @ConsentCheck(purpose = "analytics")
                        boolean allowsAnalytics(Customer customer);

                        @ConsentCheck(purpose = "marketing.communications.email")
                        void requireEmailConsent(Customer customer);

                        @ConsentCheck(purpose = "marketing", categories = "user.health")
                        boolean allowsHealthMarketing(Customer customer);

                        @ConsentCheck(purpose = "marketing")
                        boolean allowsById(String customerId);
                    }
                    """);
}
