package shop;

class Y extends X {
    void run(Mailer mailer, Customer c) {
        mailer.send(c.getEmail(), "never analyzed: Y is on a cycle");
    }
}
