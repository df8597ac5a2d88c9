package acme.domain;

import dev.consentflow.annotations.PersonalData;

/** Every value of this type is personal data, and is its own subject. */
@PersonalData(category = "user.contact")
public class ContactCard {
    public String label;
}
