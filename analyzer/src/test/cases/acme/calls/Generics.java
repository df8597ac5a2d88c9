package acme.calls;

import acme.domain.ConsentService;
import acme.domain.Customer;
import acme.domain.Mailer;
import java.util.function.Function;

/** Generic methods, generic classes and interface default methods. */
public class Generics {
    Mailer mailer;
    ConsentService consent;

    static <T> T identity(T t) { return t; }

    static <T> T firstNonNull(T a, T b) { return a != null ? a : b; }

    static <T, R> R apply(T t, Function<T, R> f) { return f.apply(t); }

    public static class Box<T> {
        private final T value;

        public Box(T value) { this.value = value; }

        public T get() { return value; }

        public <R> Box<R> map(Function<T, R> f) { return new Box<>(f.apply(value)); }
    }

    public interface Salutation {
        default String salute(Customer c) { return "Dear " + c.getName(); }
    }

    public interface Formal {
        default String salute(Customer c) { return "Dear customer"; }
    }

    public static class Personal implements Salutation { }

    public static class Neutral implements Formal { }

    public void genericIdentity(Customer c) {
        mailer.sendPromotion(identity(c.getEmail()), "Sale"); // EXPECT: unconsented-use
    }

    public void genericIdentityClean(Customer c) {
        identity(c.getEmail());
        mailer.sendPromotion(identity("ops@acme.test"), "Sale"); // SAFE
    }

    public void genericOfTwo(Customer c) {
        mailer.sendPromotion(firstNonNull(null, c.getEmail()), "Sale"); // EXPECT: unconsented-use
    }

    public void genericWithFunction(Customer c) {
        mailer.sendPromotion(apply(c, Customer::getEmail), "Sale"); // EXPECT: unconsented-use
    }

    public void genericWithCleanFunction(Customer c) {
        mailer.sendPromotion(apply(c, x -> "ops@acme.test"), "Sale"); // SAFE
    }

    public void genericClass(Customer c) {
        Box<String> box = new Box<>(c.getEmail());
        mailer.sendPromotion(box.get(), "Sale"); // EXPECT: unconsented-use
    }

    public void genericClassMapped(Customer c) {
        Box<String> box = new Box<>(c).map(Customer::getPhone);
        mailer.sendPromotion("ops@acme.test", box.get()); // EXPECT: unconsented-use
    }

    public void genericClassClean(Customer c) {
        Box<String> box = new Box<>("ops@acme.test");
        mailer.sendPromotion(box.get(), "Sale"); // SAFE
    }

    public void defaultMethod(Customer c) {
        Salutation s = new Personal();
        mailer.sendPromotion("ops@acme.test", s.salute(c)); // EXPECT: unconsented-use
    }

    public void defaultMethodClean(Customer c) {
        Formal f = new Neutral();
        mailer.sendPromotion("ops@acme.test", f.salute(c)); // SAFE
    }

    public void defaultMethodGuarded(Customer c) {
        if (consent.mayEmail(c)) {
            mailer.sendPromotion("ops@acme.test", new Personal().salute(c)); // SAFE
        }
    }

    public void genericClassUnderAGuard(Customer c) {
        if (consent.mayMarket(c)) {
            Box<String> box = new Box<>(c.getEmail());
            mailer.sendPromotion(box.get(), "Sale"); // SAFE
        }
    }
}
