package acme.values;

import acme.domain.ConsentService;
import acme.domain.Customer;
import acme.domain.Mailer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** Lambdas and method references stored in variables and called later. */
public class Lambdas {
    Mailer mailer;
    ConsentService consent;

    public void functionReference(Customer c) {
        Function<Customer, String> address = Customer::getEmail;
        mailer.sendPromotion(address.apply(c), "Sale"); // EXPECT: unconsented-use
    }

    public void supplierCapturing(Customer c) {
        Supplier<String> name = () -> c.getName();
        mailer.sendPromotion("ops@acme.test", "Hi " + name.get()); // EXPECT: unconsented-use
    }

    public void consumerWithSinkCalledWithData(Customer c) {
        Consumer<String> promote = to -> mailer.sendPromotion(to, "Sale"); // EXPECT: unconsented-use
        promote.accept(c.getEmail());
    }

    public void consumerWithSinkCalledClean() {
        Consumer<String> promote = to -> mailer.sendPromotion(to, "Sale"); // SAFE
        promote.accept("ops@acme.test");
    }

    public void biFunction(Customer c) {
        BiFunction<String, String, String> greet = (greeting, n) -> greeting + " " + n;
        mailer.sendPromotion("ops@acme.test", greet.apply("Hi", c.getName())); // EXPECT: unconsented-use
    }

    public void lambdaIgnoringItsInput(Customer c) {
        Function<Customer, String> constant = x -> "Dear customer";
        mailer.sendPromotion("ops@acme.test", constant.apply(c)); // SAFE
    }

    public void composedFunctions(Customer c) {
        Function<Customer, String> address = Customer::getEmail;
        Function<Customer, String> lower = address.andThen(String::toLowerCase);
        mailer.sendPromotion(lower.apply(c), "Sale"); // EXPECT: unconsented-use
    }

    public void boundMethodReference(Customer c) {
        Supplier<String> phone = c::getPhone;
        mailer.sendPromotion("ops@acme.test", phone.get()); // EXPECT: unconsented-use
    }

    public void supplierOfAConstant(Customer c) {
        Supplier<String> to = () -> "ops@acme.test";
        mailer.sendPromotion(to.get(), "Sale"); // SAFE
    }

    public void referenceToACleanGetter(Customer c) {
        Function<Customer, String> tierOf = Customer::getTier;
        mailer.sendPromotion("ops@acme.test", "Offers for " + tierOf.apply(c)); // SAFE
    }

    public void lambdaWithSinkUnderAGuard(Customer c) {
        if (consent.mayMarket(c)) {
            Runnable r = () -> mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
            r.run();
        }
    }
}
