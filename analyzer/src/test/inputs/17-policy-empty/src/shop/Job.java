package shop;

class Job {
    Mailer mailer;

    void run(Customer c) {
        mailer.send(c.getEmail(), "hi");
    }
}
