package shop;

import dev.consentflow.annotations.PersonalData;
import org.unknown.Ledger;

class Job {
    Object run(Ledger ledger, @PersonalData(category = "user.contact.email") String email) {
        return ledger;
    }
}
