package acme.lombok;

import dev.consentflow.annotations.PersonalData;
import lombok.Getter;

/** A getter on one field only: the other field has none. */
public class Contact {
    @Getter
    @PersonalData(category = "user.name")
    private String fullName;
    @PersonalData(category = "user.contact.email")
    private String email;

    public String mailbox() {
        return "inbox";
    }
}
