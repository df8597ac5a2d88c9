package news;

import dev.consentflow.annotations.PersonalData;

/** A newsletter reader. */
public class Customer {
    private final String id;

    @PersonalData(category = "user.contact.email")
    private final String email;

    public Customer(String id, String email) {
        this.id = id;
        this.email = email;
    }

    public String getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }
}
