package shop;

class Job {
    Mailer mailer;

    void run(Customer c) {
        String \u0074o = c.getEmail();
        mailer.send(to, "hi");
    }
}
