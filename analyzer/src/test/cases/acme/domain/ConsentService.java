package acme.domain;

import dev.consentflow.annotations.ConsentCheck;
import java.util.List;
import java.util.Optional;

/** Consent checks; the subject is the first parameter unless the annotation says otherwise. */
public interface ConsentService {
    @ConsentCheck(purpose = "marketing")
    boolean mayMarket(Customer c);

    @ConsentCheck(purpose = "marketing.communications.email")
    boolean mayEmail(Customer c);

    @ConsentCheck(purpose = "marketing.communications.sms")
    boolean maySms(Customer c);

    @ConsentCheck(purpose = "analytics")
    boolean mayAnalyze(Customer c);

    @ConsentCheck(purpose = "personalize")
    boolean mayPersonalize(Customer c);

    /** Throws when there is no consent; returning normally establishes it. */
    @ConsentCheck(purpose = "marketing.communications.email")
    void requireEmail(Customer c);

    @ConsentCheck(purpose = "marketing", categories = {"user.health"})
    boolean mayMarketHealth(Customer c);

    @ConsentCheck(purpose = "marketing", grantedWhen = false)
    boolean hasOptedOut(Customer c);

    /** The subject is given by its key. */
    @ConsentCheck(purpose = "marketing")
    boolean mayMarketId(long customerId);

    @ConsentCheck(purpose = "marketing", subject = "#2")
    boolean mayMarketVia(String channel, Customer c);

    @ConsentCheck(purpose = "marketing")
    boolean mayMarketCard(ContactCard card);

    /** A consent filter: what it returns carries the consent. */
    @ConsentCheck(purpose = "marketing")
    List<Customer> consenting(List<Customer> all);

    /** A consent filter for one customer. */
    @ConsentCheck(purpose = "marketing")
    Optional<Customer> ifConsenting(Customer c);

    @ConsentCheck(purpose = "analytics")
    List<Customer> consentingToAnalytics(List<Customer> all);
}
