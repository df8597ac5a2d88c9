package acme.domain;

import java.util.List;

/** An order: a buyer who pays and a recipient who receives, two different people. */
public class Order {
    public Customer buyer;
    public Customer recipient;
    public List<Customer> watchers;
    /** Not personal data. */
    public String number;

    public Customer getBuyer() { return buyer; }
    public Customer getRecipient() { return recipient; }
    public List<Customer> getWatchers() { return watchers; }
    public String getNumber() { return number; }
}
