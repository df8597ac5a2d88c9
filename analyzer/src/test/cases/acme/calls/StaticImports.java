package acme.calls;

import static acme.calls.Texts.SIGNATURE;
import static acme.calls.Texts.banner;
import static acme.calls.Texts.greeting;

import acme.domain.Customer;
import acme.domain.Mailer;

/** Methods and constants imported statically. */
public class StaticImports {
    Mailer mailer;

    public void staticallyImportedMethod(Customer c) {
        mailer.sendPromotion("ops@acme.test", greeting(c.getName())); // EXPECT: unconsented-use
    }

    public void staticallyImportedMethodIgnoringItsInput(Customer c) {
        mailer.sendPromotion("ops@acme.test", banner(c.getName())); // SAFE
    }

    public void staticallyImportedConstant(Customer c) {
        mailer.sendPromotion("ops@acme.test", "Sale " + SIGNATURE); // SAFE
    }
}
