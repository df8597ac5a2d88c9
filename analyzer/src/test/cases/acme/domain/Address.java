package acme.domain;

import dev.consentflow.annotations.PersonalData;

/** A postal address: its owner is the customer it was read from. */
public class Address {
    @PersonalData(category = "user.contact.address.street")
    public String street;
    @PersonalData(category = "user.contact.address.city")
    public String city;
    /** Not personal data: a country code. */
    public String country;

    public String getStreet() { return street; }
    public String getCity() { return city; }
    public String getCountry() { return country; }
}
