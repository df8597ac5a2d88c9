package acme.domain;

import dev.consentflow.annotations.Anonymizer;

public final class Anon {
    private Anon() {}

    /** Keeps only the domain of an address ("example.com"). */
    @Anonymizer
    public static String domainOf(String email) {
        return email.substring(email.indexOf('@') + 1);
    }
}
