package shop;

import dev.consentflow.annotations.PersonalData;

class Lead {
    @PersonalData(category = "user.contact.emial")
    String email;
}
