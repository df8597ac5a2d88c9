package acme.lombok;

import dev.consentflow.annotations.ConsentCheck;
import dev.consentflow.annotations.PersonalData;
import lombok.Data;

/** Lombok writes the getters; the sources do not declare them (Lombok is not on the case suite's classpath). */
@Data
public class Member {
    @PersonalData(category = "user.contact.email")
    private String email;
    @ConsentCheck(purpose = "marketing")
    private boolean optedIn;
    private String nickname;
}
