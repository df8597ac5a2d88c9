package dev.consentflow.annotations;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a <b>guard</b>: a check that establishes the data subject's consent (GDPR Art. 7) to
 * {@link #purpose()} and its sub-purposes. It may annotate a method returning {@code boolean}, a
 * {@code void} method that throws without consent, a {@code boolean}/{@code Boolean} field or its getter,
 * or a method returning its subjects (a consent filter: what it returns carries the consent).
 *
 * <pre>{@code
 * public interface ConsentRegistry {
 *     @ConsentCheck(purpose = "marketing")
 *     boolean allowsMarketing(Customer customer);
 * }
 *
 * public class Customer {
 *     @ConsentCheck(purpose = "marketing.communications.email", grantedWhen = false)
 *     private boolean unsubscribed;
 * }
 * }</pre>
 */
@Documented
@Retention(CLASS)
@Target({METHOD, FIELD})
public @interface ConsentCheck {
    /** Fideslang 3.2 data use the consent is for; it covers its sub-purposes, never siblings. */
    String purpose();

    /**
     * Which value is the person: {@code ""} = the receiver for fields and parameterless methods, else
     * the first parameter; {@code "#0"} the receiver; {@code "#n"} the n-th parameter (1-based).
     */
    String subject() default "";

    /**
     * The result that means consent is given; {@code false} for an opt-out flag such as
     * {@code unsubscribed} (GDPR Recital 32: silence or inactivity is not consent, so such flows are
     * reported as "opt-out only").
     */
    boolean grantedWhen() default true;

    /** Special categories (GDPR Art. 9(2)(a)) this consent explicitly names, e.g. {@code user.health}. */
    String[] categories() default {};
}
