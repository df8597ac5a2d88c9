package shop;

class Job {
    Mailer mailer;

    org.apache.commons.mail.HtmlEmail email;
    com.acme.crm.Lead lead;

    void run(Customer c) {
        email.addTo(lead.owner());
        mailer.send(c.getEmail(), lead.subject());
    }
}
