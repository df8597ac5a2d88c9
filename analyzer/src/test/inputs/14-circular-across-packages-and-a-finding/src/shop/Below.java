package shop;

import one.Left;

/** Extends a type on the cycle: it stays analyzed, its superclass unresolved. */
class Below extends Left {
    void run(Mailer mailer, Customer c) {
        mailer.send(c.getEmail(), "hi");
    }
}
