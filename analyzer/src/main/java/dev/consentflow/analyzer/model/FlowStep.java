package dev.consentflow.analyzer.model;

/**
 * One step of a flow path, from the source of personal data to the sink.
 *
 * @param kind whether this is where the data is read, a step it takes, or where it is used
 * @param location where the step stands
 * @param message what happens there, e.g. {@code reads Customer.email (user.contact.email)}
 */
public record FlowStep(Kind kind, Location location, String message) {
    /** The role of a step in its flow. */
    public enum Kind { SOURCE, STEP, SINK }
}
