package acme.calls;

import acme.domain.ConsentService;
import acme.domain.Customer;
import acme.domain.Mailer;
import java.util.ArrayList;
import java.util.List;

/**
 * A callee that writes personal data into the contents of an argument (adds it to a list, stores it in
 * an array element, appends it to a builder): the caller's object holds it after the call.
 */
public class ArgumentWrites {
    Mailer mailer;
    ConsentService consent;

    public void collectedIntoAList(Customer c) {
        List<String> to = new ArrayList<>();
        collect(to, c);
        mailer.sendPromotion(to.get(0), "Sale"); // EXPECT: unconsented-use
    }

    public void collectedUnderAGuard(Customer c) {
        List<String> to = new ArrayList<>();
        if (consent.mayMarket(c)) {
            collect(to, c);
            mailer.sendPromotion(to.get(0), "Sale"); // SAFE
        }
    }

    public void cleanListStaysClean(Customer c) {
        List<String> to = new ArrayList<>();
        List<String> other = new ArrayList<>();
        collect(other, c);
        mailer.sendPromotion(to.get(0), "Sale"); // SAFE
    }

    public void filledIntoAnArray(Customer c) {
        String[] to = new String[1];
        fill(to, c);
        mailer.sendPromotion(to[0], "Sale"); // EXPECT: unconsented-use
    }

    public void appendedToABuilder(Customer c) {
        StringBuilder to = new StringBuilder();
        append(to, c);
        mailer.sendPromotion(to.toString(), "Sale"); // EXPECT: unconsented-use
    }

    public void throughTwoCalls(Customer c) {
        List<String> to = new ArrayList<>();
        collectTwice(to, c);
        mailer.sendPromotion(to.get(0), "Sale"); // EXPECT: unconsented-use
    }

    public void passedDataStoredByTheCallee(Customer c) {
        List<String> to = new ArrayList<>();
        addTo(to, c.getEmail());
        mailer.sendPromotion(to.get(0), "Sale"); // EXPECT: unconsented-use
    }

    private void collect(List<String> out, Customer c) {
        out.add(c.getEmail());
    }

    private void fill(String[] a, Customer c) {
        a[0] = c.getEmail();
    }

    private void append(StringBuilder sb, Customer c) {
        sb.append(c.getEmail());
    }

    private void collectTwice(List<String> out, Customer c) {
        collect(out, c);
    }

    private static void addTo(List<String> out, String value) {
        out.add(value);
    }
}
