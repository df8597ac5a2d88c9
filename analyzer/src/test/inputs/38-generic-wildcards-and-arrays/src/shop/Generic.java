package shop;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

class Generic<T extends Comparable<? super T>> {
    <R> R apply(Function<? super Customer, ? extends R> f, Customer c) {
        return f.apply(c);
    }

    void run(Mailer mailer, Customer[][] grid, Map<String, List<? extends Customer>> byName) {
        String to = apply(Customer::getEmail, grid[0][0]);
        mailer.send(to, "hi");
        mailer.send(byName.get("x").get(0).getEmail(), "hi");
    }
}
