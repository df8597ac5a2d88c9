package dev.consentflow.annotations;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a <b>source</b> of personal data (GDPR Art. 4(1): any information relating to an identified or
 * identifiable natural person). Values read from an annotated field, returned by an annotated method,
 * passed in an annotated parameter, or of an annotated type carry personal data of the given categories.
 *
 * <pre>{@code
 * public class Customer {
 *     @PersonalData(category = "user.contact.email", subject = "customer")
 *     private final String email;
 * }
 * }</pre>
 */
@Documented
@Retention(CLASS)
@Target({FIELD, METHOD, PARAMETER, TYPE})
public @interface PersonalData {
    /**
     * Fideslang 3.2 data categories of the value, e.g. {@code user.contact.email} or
     * {@code user.health}; a key covers its descendants.
     */
    String[] category();

    /**
     * Fideslang data-subject kind ({@code customer}, {@code employee}, ...), used in the data map and
     * exports only; never used to match consent checks.
     */
    String subject() default "customer";
}
