package news;

import java.util.List;

/** Sends the weekly digest to every reader. */
public class WeeklyDigest {
    private final Mailer mailer;
    private final ConsentLedger consent;

    public WeeklyDigest(Mailer mailer, ConsentLedger consent) {
        this.mailer = mailer;
        this.consent = consent;
    }

    public void publish(List<Customer> readers, String issue) {
        for (Customer c : readers) {
            mailer.sendIssue(c.getEmail(), issue);
        }
    }
}
