package acme.calls;

import acme.domain.ConsentService;
import acme.domain.Customer;
import acme.domain.Mailer;

/**
 * Virtual dispatch: class hierarchy analysis through interfaces and abstract classes, narrowed at a call
 * site by the receiver's known allocation type (a local or a private final field set to {@code new T(..)}).
 */
public class Dispatch {
    Mailer mailer;
    ConsentService consent;

    // --- The example: the transactional notifier must not be reported as the marketing one beside it.

    public interface Notifier {
        void notify(String to, String text);
    }

    public static class TransactionalNotifier implements Notifier {
        Mailer mailer;

        @Override
        public void notify(String to, String text) {
            mailer.sendReceipt(to, text);
        }
    }

    public static class MarketingNotifier implements Notifier {
        Mailer mailer;

        @Override
        public void notify(String to, String text) {
            mailer.sendPromotion(to, text); // SAFE
        }
    }

    private final Notifier confirmations = new TransactionalNotifier();

    public void confirmThroughField(Customer c) {
        confirmations.notify(c.getEmail(), "Your order shipped");
    }

    public void confirmThroughLocal(Customer c) {
        Notifier local = new TransactionalNotifier();
        local.notify(c.getEmail(), "Your order shipped");
    }

    // --- Class hierarchy analysis: a receiver of unknown allocation may be any implementation.

    public interface Channel {
        void deliver(String to);
    }

    public static class PromoChannel implements Channel {
        Mailer mailer;

        @Override
        public void deliver(String to) {
            mailer.sendPromotion(to, "Sale"); // EXPECT: unconsented-use
        }
    }

    public static class NullChannel implements Channel {
        @Override
        public void deliver(String to) { }
    }

    public void broadcast(Channel any, Customer c) {
        any.deliver(c.getEmail());
    }

    // --- Results through dispatch, at the caller's sink.

    public interface AddressBook {
        String addressFor(Customer c);
    }

    public static class PersonalBook implements AddressBook {
        @Override
        public String addressFor(Customer c) { return c.getEmail(); }
    }

    public static class GenericBook implements AddressBook {
        @Override
        public String addressFor(Customer c) { return "customers@acme.test"; }
    }

    private final AddressBook generic = new GenericBook();

    public void anyBook(AddressBook book, Customer c) {
        mailer.sendPromotion(book.addressFor(c), "Sale"); // EXPECT: unconsented-use
    }

    public void narrowedByPrivateFinalField(Customer c) {
        mailer.sendPromotion(generic.addressFor(c), "Sale"); // SAFE
    }

    public void narrowedByLocal(Customer c) {
        AddressBook book = new GenericBook();
        mailer.sendPromotion(book.addressFor(c), "Sale"); // SAFE
    }

    public void narrowedToThePersonalBook(Customer c) {
        AddressBook book = new PersonalBook();
        mailer.sendPromotion(book.addressFor(c), "Sale"); // EXPECT: unconsented-use
    }

    public void guardedDispatch(AddressBook book, Customer c) {
        if (consent.mayMarket(c)) {
            mailer.sendPromotion(book.addressFor(c), "Sale"); // SAFE
        }
    }

    // --- Abstract classes: a template method calls an abstract hook.

    public abstract static class Campaign {
        Mailer mailer;

        protected abstract String recipient(Customer c);

        public void run(Customer c) {
            mailer.sendPromotion(recipient(c), "Sale"); // EXPECT: unconsented-use
        }
    }

    public static class EmailCampaign extends Campaign {
        @Override
        protected String recipient(Customer c) { return c.getEmail(); }
    }

    public static class ListCampaign extends Campaign {
        @Override
        protected String recipient(Customer c) { return "all@lists.acme.test"; }
    }

    public abstract static class Greeter {
        public String greet(Customer c) { return "Hello"; }
    }

    public static class PersonalGreeter extends Greeter {
        @Override
        public String greet(Customer c) { return super.greet(c) + " " + c.getName(); }
    }

    public static class PlainGreeter extends Greeter {
    }

    public void overrideCallsSuper(Customer c) {
        Greeter g = new PersonalGreeter();
        mailer.sendPromotion("ops@acme.test", g.greet(c)); // EXPECT: unconsented-use
    }

    public void inheritedBodyOnly(Customer c) {
        Greeter g = new PlainGreeter();
        mailer.sendPromotion("ops@acme.test", g.greet(c)); // SAFE
    }
}
