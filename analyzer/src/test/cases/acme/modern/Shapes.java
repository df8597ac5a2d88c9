package acme.modern;

import acme.domain.Customer;
import acme.domain.Lead;

/** A sealed hierarchy of records, matched by the pattern switches of {@link ModernJava}. */
public sealed interface Shapes permits Shapes.Signup, Shapes.Referral, Shapes.Unsubscribe {
    record Signup(Customer who, String channel) implements Shapes { }

    record Referral(Lead lead, String by) implements Shapes { }

    record Unsubscribe(long customerId) implements Shapes { }
}
