package shop.campaigns;

import shop.customers.Customer;

/** Announces the spring sale, then reminds of its last day. */
public class SpringSale {
    private final Mailer mailer;

    public SpringSale(Mailer mailer) {
        this.mailer = mailer;
    }

    public void announce(Customer customer) {
        if (customer.isNewsletterOptIn()) {
            mailer.sendPromotion(customer.getEmail(), "Spring sale, " + customer.getName());
        }
    }

    public void remind(Customer customer) {
        mailer.sendPromotion(customer.getEmail(), "Last day of the spring sale");
    }
}
