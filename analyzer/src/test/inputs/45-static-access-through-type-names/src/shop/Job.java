package shop;

class Job {
    Mailer mailer;

    void run(Customer c, String count) {
        int n = Math.abs(Integer.parseInt(count));
        Notifier.push(String.valueOf(n));
        System.out.println(n);
        mailer.send(c.getEmail(), "hi");
    }
}
