package acme.domain;

import dev.consentflow.annotations.PersonalData;

/** A record whose annotated component is a source; {@code source} is not personal data. */
public record Lead(@PersonalData(category = "user.contact.email") String email, String source) {
}
