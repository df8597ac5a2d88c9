/**
 * Annotations that tell consentflow where personal data lives, where it is used, and where consent is
 * checked. Categories and purposes are keys of the <a href="https://ethyca.github.io/fideslang/">Fideslang
 * 3.2 taxonomy</a> ({@code user.contact.email}, {@code marketing.communications.email}); the legal bases
 * are those of GDPR Art. 6(1).
 *
 * <p>All annotations have {@code CLASS} retention: they are visible in class files, so the analyzer can
 * read them from dependency jars, and cost nothing at run time.
 */
package dev.consentflow.annotations;
