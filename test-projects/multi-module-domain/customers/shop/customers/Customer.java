package shop.customers;

import dev.consentflow.annotations.ConsentCheck;
import dev.consentflow.annotations.PersonalData;

/** A customer. The roles are on the fields; other modules see them only through the getters. */
public class Customer {
    @PersonalData(category = "user.contact.email", subject = "customer")
    private final String email;

    @PersonalData(category = "user.name", subject = "customer")
    private final String name;

    @ConsentCheck(purpose = "marketing.communications.email")
    private final boolean newsletterOptIn;

    public Customer(String email, String name, boolean newsletterOptIn) {
        this.email = email;
        this.name = name;
        this.newsletterOptIn = newsletterOptIn;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public boolean isNewsletterOptIn() {
        return newsletterOptIn;
    }
}
