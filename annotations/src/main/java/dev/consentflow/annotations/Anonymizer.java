package dev.consentflow.annotations;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a <b>sanitizer</b>: the method's result carries no personal data, whatever its inputs. Use it
 * only for true anonymization: pseudonymized data (a hash, a token) is still personal data
 * (GDPR Recital 26).
 *
 * <pre>{@code
 * @Anonymizer
 * static String ageBand(int age) { return age < 30 ? "young" : "other"; }
 * }</pre>
 */
@Documented
@Retention(CLASS)
@Target(METHOD)
public @interface Anonymizer {}
