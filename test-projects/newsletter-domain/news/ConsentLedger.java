package news;

import dev.consentflow.annotations.ConsentCheck;
import java.util.Set;

/** Who agreed to hear from us. */
public class ConsentLedger {
    private final Set<String> optedIn;

    public ConsentLedger(Set<String> optedIn) {
        this.optedIn = optedIn;
    }

    @ConsentCheck(purpose = "marketing")
    public boolean allowsMarketing(Customer customer) {
        return optedIn.contains(customer.getId());
    }
}
