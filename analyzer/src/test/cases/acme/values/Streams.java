package acme.values;

import acme.domain.ConsentService;
import acme.domain.Customer;
import acme.domain.Mailer;
import acme.domain.Order;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Streams: map/filter/flatMap/collect/forEach/reduce/joining/toMap, and clean pipelines. */
public class Streams {
    Mailer mailer;
    ConsentService consent;

    public void mapAndForEach(List<Customer> all) {
        all.stream().map(Customer::getEmail).forEach(e -> mailer.sendPromotion(e, "Sale")); // EXPECT: unconsented-use
    }

    public void collectThenLoop(List<Customer> all) {
        List<String> to = all.stream().map(Customer::getEmail).collect(Collectors.toList());
        for (String t : to) {
            mailer.sendPromotion(t, "Sale"); // EXPECT: unconsented-use
        }
    }

    public void plainFilterIsNoGuard(List<Customer> all) {
        all.stream()
                .filter(c -> c.getEmail().endsWith(".test"))
                .forEach(c -> mailer.sendPromotion(c.getEmail(), "Sale")); // EXPECT: unconsented-use
    }

    public void flatMap(List<Order> orders) {
        orders.stream()
                .flatMap(o -> o.getWatchers().stream())
                .map(Customer::getPhone)
                .forEach(p -> mailer.sendPromotion("ops@acme.test", "call " + p)); // EXPECT: unconsented-use
    }

    public void reduce(List<Customer> all) {
        String names = all.stream().map(Customer::getName).reduce("", (a, b) -> a + ", " + b);
        mailer.sendPromotion("ops@acme.test", names); // EXPECT: unconsented-use
    }

    public void joining(List<Customer> all) {
        String to = all.stream().map(Customer::getEmail).collect(Collectors.joining(";"));
        mailer.sendPromotion(to, "Sale"); // EXPECT: unconsented-use
    }

    public void toMap(List<Customer> all) {
        Map<Long, String> byId = all.stream().collect(Collectors.toMap(Customer::getId, Customer::getEmail));
        byId.values().forEach(e -> mailer.sendPromotion(e, "Sale")); // EXPECT: unconsented-use
    }

    public void streamOfValues(Customer c) {
        Stream.of(c.getEmail()).map(String::toLowerCase).forEach(e -> mailer.sendPromotion(e, "Sale")); // EXPECT: unconsented-use
    }

    public void mappedToConstants(List<Customer> all) {
        all.stream().map(c -> "Weekly deals").forEach(s -> mailer.sendPromotion("ops@acme.test", s)); // SAFE
    }

    public void cleanStream() {
        Stream.of("ops@acme.test", "sales@acme.test").forEach(t -> mailer.sendPromotion(t, "Sale")); // SAFE
    }

    public void keysOnly(List<Customer> all) {
        all.stream().map(Customer::getTier).distinct().forEach(t -> mailer.sendPromotion("ops@acme.test", t)); // SAFE
    }

    public void streamUnderAGuard(Customer c) {
        if (consent.mayEmail(c)) {
            Stream.of(c.getEmail()).forEach(e -> mailer.sendPromotion(e, "Sale")); // SAFE
        }
    }
}
