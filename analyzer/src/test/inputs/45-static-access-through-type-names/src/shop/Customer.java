package shop;

import dev.consentflow.annotations.PersonalData;

public class Customer {
    @PersonalData(category = "user.contact.email")
    private String email;

    public String getEmail() {
        return email;
    }
}
