package acme.lombok;

import dev.consentflow.annotations.PersonalData;
import lombok.*;

/** An immutable value class: {@code @Value} generates the getters. */
@Value
public class Voucher {
    @PersonalData(category = "user.contact.phone_number")
    String phone;
    String code;
}
