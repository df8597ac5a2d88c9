package dev.consentflow.analyzer.classpath;

import java.util.Optional;

/** The consentflow annotations that give roles, as class files name them (field descriptors). */
enum ConsentflowAnnotation {
    PERSONAL_DATA("PersonalData"),
    DATA_USE("DataUse"),
    CONSENT_CHECK("ConsentCheck"),
    ANONYMIZER("Anonymizer");

    /** What every descriptor of a consentflow annotation starts with: cheap to look for in a class file. */
    static final String PACKAGE_PREFIX = "Ldev/consentflow/annotations/";

    private final String descriptor;

    ConsentflowAnnotation(String simpleName) {
        this.descriptor = PACKAGE_PREFIX + simpleName + ";";
    }

    /** The annotation with this descriptor, e.g. {@code Ldev/consentflow/annotations/DataUse;}, if it is one. */
    static Optional<ConsentflowAnnotation> of(String descriptor) {
        for (ConsentflowAnnotation annotation : values()) {
            if (annotation.descriptor.equals(descriptor)) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }
}
