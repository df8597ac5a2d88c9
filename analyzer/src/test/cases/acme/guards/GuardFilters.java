package acme.guards;

import acme.domain.ConsentService;
import acme.domain.Customer;
import acme.domain.Mailer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Stream.filter, Optional.filter and removeIf with a consent check before the sink. */
public class GuardFilters {
    Mailer mailer;
    ConsentService consent;

    public void streamFilterMethodReference(List<Customer> all) {
        all.stream()
                .filter(consent::mayMarket)
                .map(Customer::getEmail)
                .forEach(e -> mailer.sendPromotion(e, "Sale")); // SAFE
    }

    public void streamFilterLambda(List<Customer> all) {
        all.stream()
                .filter(c -> consent.mayEmail(c) && !c.isBounced())
                .forEach(c -> mailer.sendPromotion(c.getEmail(), "Sale")); // SAFE
    }

    public void streamFilterFieldFlag(List<Customer> all) {
        all.stream().filter(Customer::isOptIn).forEach(c -> mailer.sendPromotion(c.getEmail(), "Sale")); // SAFE
    }

    public void streamFilterNegated(List<Customer> all) {
        all.stream()
                .filter(c -> !consent.mayMarket(c))
                .forEach(c -> mailer.sendPromotion(c.getEmail(), "Win-back")); // EXPECT: unconsented-use
    }

    public void streamFilterOtherPredicate(List<Customer> all) {
        all.stream()
                .filter(Customer::isVip)
                .forEach(c -> mailer.sendPromotion(c.getEmail(), "VIP")); // EXPECT: unconsented-use
    }

    public void filteredThenCollected(List<Customer> all) {
        List<String> to = all.stream()
                .filter(consent::mayEmail)
                .map(Customer::getEmail)
                .collect(Collectors.toList());
        for (String t : to) {
            mailer.sendPromotion(t, "Sale"); // SAFE
        }
    }

    public void filterAfterTheMap(List<Customer> all) {
        all.stream()
                .map(Customer::getEmail)
                .filter(e -> consent.mayMarket(all.get(0)))
                .forEach(e -> mailer.sendPromotion(e, "Sale")); // EXPECT: subject-mismatch
    }

    public void optionalFilter(Customer c) {
        Optional.of(c)
                .filter(consent::mayMarket)
                .ifPresent(x -> mailer.sendPromotion(x.getEmail(), "Sale")); // SAFE
    }

    public void optionalFilterThenMap(Customer c) {
        String to = Optional.of(c).filter(consent::mayEmail).map(Customer::getEmail).orElse(null);
        if (to != null) {
            mailer.sendPromotion(to, "Sale"); // SAFE
        }
    }

    public void optionalWithoutFilter(Customer c) {
        Optional.of(c).filter(Customer::isVip).ifPresent(x -> mailer.sendPromotion(x.getEmail(), "VIP")); // EXPECT: unconsented-use
    }

    public void removeIfRefused(List<Customer> all) {
        List<Customer> audience = new ArrayList<>(all);
        audience.removeIf(c -> !consent.mayMarket(c));
        for (Customer c : audience) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
        }
    }

    public void removeIfTheWrongOnes(List<Customer> all) {
        List<Customer> audience = new ArrayList<>(all);
        audience.removeIf(c -> consent.mayMarket(c));
        for (Customer c : audience) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: unconsented-use
        }
    }

    public void removeIfOnACopyOnly(List<Customer> all) {
        List<Customer> copy = new ArrayList<>(all);
        copy.removeIf(c -> !consent.mayMarket(c));
        for (Customer c : all) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: unconsented-use
        }
    }
}
