package acme.guards;

import acme.domain.ConsentService;
import acme.domain.Customer;
import acme.domain.Mailer;

/** What must NOT count as a guard: ignored results, other branches, after the use, finally, another person. */
public class NotGuards {
    Mailer mailer;
    ConsentService consent;

    public void ignoredResult(Customer c) {
        consent.mayMarket(c);
        mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: unconsented-use
    }

    public void resultStoredButNotTested(Customer c) {
        boolean ok = consent.mayMarket(c);
        mailer.sendPromotion(c.getEmail(), "Sale " + ok); // EXPECT: unconsented-use
    }

    public void flagOverwritten(Customer c) {
        boolean ok = consent.mayMarket(c);
        ok = true;
        if (ok) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: unconsented-use
        }
    }

    public void otherBranch(Customer c) {
        if (consent.mayMarket(c)) {
            mailer.sendReceipt(c.getEmail(), "Thanks for subscribing");
        } else {
            mailer.sendPromotion(c.getEmail(), "Subscribe now"); // EXPECT: unconsented-use
        }
    }

    public void checkInAnUnrelatedBranch(Customer c, boolean vip) {
        if (vip) {
            if (!consent.mayMarket(c)) {
                return;
            }
        }
        mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: unconsented-use
    }

    public void emptyThen(Customer c) {
        if (consent.mayMarket(c)) {
        }
        mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: unconsented-use
    }

    public void afterTheUse(Customer c) {
        mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: unconsented-use
        if (!consent.mayMarket(c)) {
            return;
        }
        mailer.sendPromotion(c.getEmail(), "Second reminder"); // SAFE
    }

    public void inFinally(Customer c) {
        try {
            mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: unconsented-use
        } finally {
            consent.mayMarket(c);
        }
    }

    public void earlyReturnInFinally(Customer c) {
        try {
            mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: unconsented-use
        } finally {
            if (!consent.mayMarket(c)) {
                return;
            }
        }
    }

    public void anotherPerson(Customer checked, Customer other) {
        if (consent.mayMarket(checked)) {
            mailer.sendPromotion(other.getEmail(), "Sale"); // EXPECT: subject-mismatch
        }
    }

    public void anotherPersonsFlag(Customer c, Customer other) {
        if (other.isOptIn()) {
            mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: subject-mismatch
        }
    }

    public void checkInsideALoopThatMayNotRun(Customer c, int times) {
        for (int i = 0; i < times; i++) {
            if (!consent.mayMarket(c)) {
                return;
            }
        }
        mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: unconsented-use
    }

    public void checkInALambdaNeverCalled(Customer c) {
        java.util.function.BooleanSupplier later = () -> consent.mayMarket(c);
        mailer.sendPromotion(c.getEmail(), "Sale"); // EXPECT: unconsented-use
    }

    public void checkBeforeATryFinally(Customer c) {
        if (!consent.mayMarket(c)) {
            return;
        }
        try {
            mailer.sendPromotion(c.getEmail(), "Sale"); // SAFE
        } finally {
            consent.mayAnalyze(c);
        }
    }
}
