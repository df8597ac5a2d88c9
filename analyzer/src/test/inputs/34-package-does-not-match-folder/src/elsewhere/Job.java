package shop;

class Job {
    void run(Mailer mailer, Customer c) {
        mailer.send(c.getEmail(), "hi");
    }
}
