package news;

/** A reminder added after the baseline was written: its unguarded send is new and must fail the check. */
public class LastChance {
    private final Mailer mailer;

    public LastChance(Mailer mailer) {
        this.mailer = mailer;
    }

    public void remind(Customer c) {
        mailer.sendIssue(c.getEmail(), "Last chance");
    }
}
