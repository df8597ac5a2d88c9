package shop;

import dev.consentflow.annotations.PersonalData;

class Lead {
    @PersonalData
    String phone;
}
