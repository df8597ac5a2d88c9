package news;

/** Greets a new reader with the latest issue. */
public class WelcomeSeries {
    private final Mailer mailer;
    private final ConsentLedger consent;

    public WelcomeSeries(Mailer mailer, ConsentLedger consent) {
        this.mailer = mailer;
        this.consent = consent;
    }

    public void welcome(Customer c) {
        mailer.sendIssue(c.getEmail(), "Welcome aboard");
    }
}
