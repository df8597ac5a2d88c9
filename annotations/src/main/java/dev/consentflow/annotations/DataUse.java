package dev.consentflow.annotations;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a <b>sink</b>: calling the method (or any public method of the annotated type) uses the personal
 * data passed to it, as arguments or as the receiver, for {@link #purpose()} on the
 * {@link #legalBasis()} of GDPR Art. 6(1).
 *
 * <pre>{@code
 * public interface Mailer {
 *     @DataUse(purpose = "marketing.communications.email")
 *     void sendPromotion(String to, String body);
 *
 *     @DataUse(purpose = "essential.service.notifications", legalBasis = LegalBasis.CONTRACT)
 *     void sendReceipt(String to, String body);
 * }
 * }</pre>
 */
@Documented
@Retention(CLASS)
@Target({METHOD, TYPE})
public @interface DataUse {
    /** Fideslang 3.2 data use, e.g. {@code marketing.communications.email}. */
    String purpose();

    /** The legal basis claimed for the use (GDPR Art. 6(1)); consent unless said otherwise. */
    LegalBasis legalBasis() default LegalBasis.CONSENT;
}
