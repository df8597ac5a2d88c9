package acme.objects;

import acme.domain.ConsentService;
import acme.domain.Customer;
import acme.domain.Mailer;
import java.util.function.Supplier;

/** Inner (non-static) classes, anonymous classes and local classes: each runs where it is written. */
public class InnerClasses {
    Mailer mailer;
    ConsentService consent;
    private String remembered;

    public void remember(Customer c) {
        remembered = c.getEmail();
    }

    /** An inner class reads its outer instance's field. */
    public class Resender {
        public void resend() {
            mailer.sendPromotion(remembered, "Reminder"); // EXPECT: unconsented-use
        }
    }

    public void anonymousRunnable(Customer c) {
        Runnable task = new Runnable() {
            @Override
            public void run() {
                mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: unconsented-use
            }
        };
        task.run();
    }

    public void anonymousRunnableUnderAGuard(Customer c) {
        if (consent.mayMarket(c)) {
            new Runnable() {
                @Override
                public void run() {
                    mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
                }
            }.run();
        }
    }

    public void anonymousSupplierReturnsData(Customer c) {
        Supplier<String> address = new Supplier<>() {
            @Override
            public String get() {
                return c.getEmail();
            }
        };
        mailer.sendPromotion(address.get(), "Sale"); // EXPECT: unconsented-use
    }

    public void anonymousSupplierReturnsConstant(Customer c) {
        Supplier<String> address = new Supplier<>() {
            @Override
            public String get() {
                return "ops@acme.test";
            }
        };
        mailer.sendPromotion(address.get(), "Sale"); // SAFE
    }

    public void localClass(Customer c) {
        class Greeting {
            String text() {
                return "Dear " + c.getName();
            }
        }
        mailer.sendPromotion("ops@acme.test", new Greeting().text()); // EXPECT: unconsented-use
    }

    public void localClassWithSink(Customer c) {
        class Task {
            public void go() {
                mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: unconsented-use
            }
        }
        new Task().go();
    }

    public void localClassGuardedWhereWritten(Customer c) {
        if (!consent.mayMarket(c)) {
            return;
        }
        class Task {
            public void go() {
                mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
            }
        }
        new Task().go();
    }

    /** A static nested helper: its value is whatever was put in. */
    public static class Holder {
        private final String value;

        public Holder(String value) { this.value = value; }

        public String value() { return value; }
    }

    public void nestedHolder(Customer c) {
        mailer.sendPromotion(new Holder(c.getPhone()).value(), "Sale"); // EXPECT: unconsented-use
    }
}
