package acme.domain;

import dev.consentflow.annotations.ConsentCheck;
import dev.consentflow.annotations.PersonalData;

/** The person most cases are about. Roles are declared on the fields; the getters are plain accessors. */
public class Customer {
    @PersonalData(category = "user.contact.email")
    public String email;
    @PersonalData(category = "user.name")
    public String name;
    @PersonalData(category = "user.contact.phone_number")
    public String phone;
    @PersonalData(category = "user.health.condition")
    public String condition;
    @PersonalData(category = "user.health_and_medical")
    public String allergyNote;
    @PersonalData(category = "user.health.genetic")
    public String genotype;
    @PersonalData(category = "user.demographic.religious_belief")
    public String religion;

    /** Not personal data by itself: an internal key (a derived key of the customer when read from one). */
    public long id;
    /** Not personal data: a loyalty tier such as "gold". */
    public String tier;
    public boolean vip;
    public boolean bounced;
    public Customer referredBy;
    public Address address;

    @ConsentCheck(purpose = "marketing")
    public boolean optIn;
    @ConsentCheck(purpose = "marketing", grantedWhen = false)
    public boolean unsubscribed;
    @ConsentCheck(purpose = "marketing.communications.email")
    public Boolean emailOptIn;
    @ConsentCheck(purpose = "marketing", grantedWhen = false)
    public Boolean doNotContact;

    public String getEmail() { return email; }
    public String getName() { return name; }
    public String getPhone() { return phone; }
    public String getCondition() { return condition; }
    public String getAllergyNote() { return allergyNote; }
    public String getGenotype() { return genotype; }
    public String getReligion() { return religion; }
    public long getId() { return id; }
    public String getTier() { return tier; }
    public boolean isVip() { return vip; }
    public boolean isBounced() { return bounced; }
    public Customer getReferredBy() { return referredBy; }
    public Address getAddress() { return address; }
    public boolean isOptIn() { return optIn; }
    public boolean isUnsubscribed() { return unsubscribed; }
    public Boolean getEmailOptIn() { return emailOptIn; }
    public Boolean getDoNotContact() { return doNotContact; }

    public void setEmail(String email) { this.email = email; }

    /** The receiver is the person whose consent this reports. */
    @ConsentCheck(purpose = "marketing", subject = "#0")
    public boolean consentsVia(String channel) { return optIn; }
}
