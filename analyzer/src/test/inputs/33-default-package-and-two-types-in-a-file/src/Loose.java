import shop.Customer;
import shop.Mailer;

class Loose {
    void run(Mailer mailer, Customer c) {
        new Helper().send(mailer, c.getEmail());
    }
}

class Helper {
    void send(Mailer mailer, String to) {
        mailer.send(to, "hi");
    }
}
