package shop.customers;

import dev.consentflow.annotations.DataUse;
import dev.consentflow.annotations.LegalBasis;

/** E-mails the receipt of an order: a use under the purchase contract, which needs no consent. */
public class Receipts {
    public void confirm(Customer customer) {
        deliver(customer.getEmail(), "Thank you for your order");
    }

    @DataUse(purpose = "essential.service.notifications.email", legalBasis = LegalBasis.CONTRACT)
    public void deliver(String to, String body) {
        // The mail server is out of scope here.
    }
}
