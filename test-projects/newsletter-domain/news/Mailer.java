package news;

import dev.consentflow.annotations.DataUse;

/** Delivers newsletter issues. */
public class Mailer {
    @DataUse(purpose = "marketing.communications.email")
    public void sendIssue(String address, String issue) {
        System.out.println("queued " + issue);
    }
}
