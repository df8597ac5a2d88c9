package acme.values;

import acme.domain.Customer;
import acme.domain.Mailer;
import acme.domain.Sms;
import java.util.Optional;

/** Optional: of/ofNullable/map/flatMap/orElse/orElseGet/ifPresent/get, and clean results (isEmpty). */
public class Optionals {
    Mailer mailer;
    Sms sms;

    public void mapAndOrElse(Customer c) {
        String to = Optional.ofNullable(c.getEmail()).map(String::trim).orElse("ops@acme.test");
        mailer.sendPromotion(to, "Sale"); // EXPECT: unconsented-use
    }

    public void ifPresentLambda(Customer c) {
        Optional.ofNullable(c.getEmail()).ifPresent(e -> mailer.sendPromotion(e, "Sale")); // EXPECT: unconsented-use
    }

    public void ifPresentMethodReference(Customer c) {
        Optional.ofNullable(c.getPhone()).ifPresent(sms::text); // EXPECT: unconsented-use
    }

    public void mapFromTheOwner(Customer c) {
        Optional<String> to = Optional.of(c).map(Customer::getEmail);
        mailer.sendPromotion(to.get(), "Sale"); // EXPECT: unconsented-use
    }

    public void flatMapAndOrElseGet(Customer c) {
        String name = Optional.of(c).flatMap(x -> Optional.ofNullable(x.getName())).orElseGet(() -> "friend");
        mailer.sendPromotion("ops@acme.test", "Hi " + name); // EXPECT: unconsented-use
    }

    public void fallbackOnly(Customer c) {
        String to = Optional.<String>empty().orElse("ops@acme.test");
        mailer.sendPromotion(to, "Sale"); // SAFE
    }

    public void presenceIsClean(Customer c) {
        boolean unknown = Optional.ofNullable(c.getEmail()).isEmpty();
        mailer.sendPromotion("ops@acme.test", "email unknown: " + unknown); // SAFE
    }

    public void mappedToAConstant(Customer c) {
        String label = Optional.ofNullable(c.getEmail()).map(e -> "has email").orElse("no email");
        mailer.sendPromotion("ops@acme.test", label); // SAFE
    }
}
