package acme.subjects;

import acme.domain.ConsentService;
import acme.domain.Customer;
import acme.domain.Mailer;
import java.util.List;
import java.util.Map;

/**
 * Elements as subjects: the same array or collection read at the same index or key, with neither
 * reassigned in between, is the same person; another index, or an index assigned in between, is not.
 */
public class Elements {
    Mailer mailer;
    ConsentService consent;
    Customer[] team;

    public void sameArrayElement(Customer[] cs) {
        if (consent.mayMarket(cs[0])) {
            mailer.sendPromotion(cs[0].getEmail(), "Sale"); // SAFE
        }
    }

    public void otherArrayElement(Customer[] cs) {
        if (consent.mayMarket(cs[0])) {
            mailer.sendPromotion(cs[1].getEmail(), "Sale"); // EXPECT: subject-mismatch
        }
    }

    public void fieldArrayAtLocalIndex(int i) {
        if (consent.mayMarket(team[i])) {
            mailer.sendPromotion(team[i].getEmail(), "Sale"); // SAFE
        }
    }

    public void sameListElementInIndexLoop(List<Customer> list) {
        for (int i = 0; i < list.size(); i++) {
            if (consent.mayMarket(list.get(i))) {
                mailer.sendPromotion(list.get(i).getEmail(), "Sale"); // SAFE
            }
        }
    }

    public void indexMovedAfterTheCheck(List<Customer> list) {
        for (int i = 0; i + 1 < list.size(); i++) {
            if (consent.mayMarket(list.get(i))) {
                i++;
                mailer.sendPromotion(list.get(i).getEmail(), "Sale"); // EXPECT: unconsented-use
            }
        }
    }

    public void indexReassignedAfterTheCheck(Customer[] cs, int i, int j) {
        if (consent.mayMarket(cs[i])) {
            i = j;
            mailer.sendPromotion(cs[i].getEmail(), "Sale"); // EXPECT: unconsented-use
        }
    }

    public void sameMapEntry(Map<Long, Customer> byId, long id) {
        if (consent.mayMarket(byId.get(id))) {
            mailer.sendPromotion(byId.get(id).getEmail(), "Sale"); // SAFE
        }
    }

    public void otherMapEntry(Map<Long, Customer> byId, long id, long other) {
        if (consent.mayMarket(byId.get(id))) {
            mailer.sendPromotion(byId.get(other).getEmail(), "Sale"); // EXPECT: subject-mismatch
        }
    }

    public void ensuredByAHelperAtTheSameIndex(Customer[] cs, int i) {
        requireAt(cs, i);
        mailer.sendPromotion(cs[i].getEmail(), "Sale"); // SAFE
    }

    public void ensuredByAHelperAtAnIndexOfItsOwn(Customer[] cs, int k) {
        requireAtItsOwnIndex(cs);
        mailer.sendPromotion(cs[k].getEmail(), "Sale"); // EXPECT: subject-mismatch
    }

    private void requireAt(Customer[] all, int at) {
        consent.requireEmail(all[at]);
    }

    /** Its {@code k} is not the caller's {@code k}. */
    private void requireAtItsOwnIndex(Customer[] all) {
        int k = all.length - 1;
        consent.requireEmail(all[k]);
    }
}
