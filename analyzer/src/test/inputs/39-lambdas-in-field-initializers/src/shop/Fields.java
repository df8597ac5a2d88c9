package shop;

import java.util.function.BiConsumer;

class Fields {
    static final BiConsumer<Mailer, Customer> SEND = (mailer, c) -> mailer.send(c.getEmail(), "hi");
    final Runnable noop = () -> { };
    static Mailer shared;
    static Customer first;

    static {
        shared.send(first.getEmail(), "static block");
    }

    {
        shared.send(first.getEmail(), "instance block");
    }
}
