package dev.consentflow.analyzer.report;

import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.model.Diagnostic;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.Flow;
import dev.consentflow.analyzer.model.FlowStep;
import dev.consentflow.analyzer.model.Location;
import dev.consentflow.analyzer.model.Rule;
import dev.consentflow.analyzer.model.Severity;
import java.nio.file.Path;
import java.util.List;

/** Hand-built results under a project root; the files need not exist, reports never read them. */
final class SampleResults {
    private SampleResults() {}

    /** The project directory under {@code base} that {@link #mixed} reports against. */
    static Path root(Path base) {
        return base.resolve("project").toAbsolutePath().normalize();
    }

    /**
     * A result with, deliberately out of order: a warning, an error with a two-file flow, a declaration
     * error in a file whose name needs URI encoding, a parse error without line or column, and an
     * unresolved symbol in a file outside the root; and three flows: the unguarded one of the error, a
     * guarded one, and one on a contract.
     */
    static AnalysisResult mixed(Path base) {
        Path root = root(base);
        Path mailer = root.resolve("src/main/java/com/acme/Mailer.java");
        Path customer = root.resolve("src/main/java/com/acme/Customer.java");
        Path legacy = root.resolve("src/main/java/com/acme/Legacy Sender.java");
        Path broken = root.resolve("src/main/java/com/acme/Broken.java");
        Path outside = base.resolve("shared/Util.java").toAbsolutePath().normalize();
        Finding logged = new Finding(Rule.PERSONAL_DATA_LOGGED, Severity.WARNING,
                "Customer.email (user.contact.email) reaches a logger", new Location(mailer, 30, 9),
                List.of("user.contact.email"), null, List.of(
                        new FlowStep(FlowStep.Kind.SOURCE, new Location(mailer, 29, 24), "reads Customer.email"),
                        new FlowStep(FlowStep.Kind.SINK, new Location(mailer, 30, 9), "logged by Logger.info")));
        Finding unconsented = new Finding(Rule.UNCONSENTED_USE, Severity.ERROR,
                "Customer.email (user.contact.email) reaches Mailer.send (marketing) without a consent check",
                new Location(mailer, 12, 13), List.of("user.contact.email"), "marketing.communications.email",
                List.of(
                        new FlowStep(FlowStep.Kind.SOURCE, new Location(customer, 7, 5),
                                "reads Customer.email (user.contact.email)"),
                        new FlowStep(FlowStep.Kind.STEP, new Location(mailer, 11, 16), "assigned to to"),
                        new FlowStep(FlowStep.Kind.SINK, new Location(mailer, 12, 13),
                                "used by Mailer.send (marketing.communications.email)")));
        Finding legalBasis = new Finding(Rule.INVALID_LEGAL_BASIS, Severity.ERROR,
                "Sender.blast claims LEGITIMATE_INTERESTS for marketing, which allows only CONSENT",
                new Location(legacy, 4, 17), List.of(), "marketing", List.of());
        Flow unguarded = new Flow("user.contact.email", "customer", "marketing.communications.email", "CONSENT",
                "Customer.email", "Mailer.send", Flow.Status.UNGUARDED, List.of(), List.of(Rule.UNCONSENTED_USE),
                unconsented.location(), unconsented.flow(), false);
        Flow guarded = new Flow("user.name", "customer", "marketing.communications.email", "CONSENT",
                "Customer.name", "Mailer.send", Flow.Status.GUARDED, List.of("Consents.mayEmail"), List.of(),
                new Location(mailer, 20, 13), List.of(
                        new FlowStep(FlowStep.Kind.SOURCE, new Location(customer, 8, 5), "reads Customer.name (user.name)"),
                        new FlowStep(FlowStep.Kind.SINK, new Location(mailer, 20, 13),
                                "used for marketing.communications.email by Mailer.send")), false);
        Flow receipt = new Flow("user.contact.email", "customer", "essential.service.notifications", "CONTRACT",
                "Customer.email", "Mailer.receipt", Flow.Status.OTHER_LEGAL_BASIS, List.of(), List.of(),
                new Location(mailer, 25, 9), List.of(), true);
        return new AnalysisResult(List.of(logged, unconsented, legalBasis),
                List.of(new Diagnostic(Diagnostic.Kind.UNRESOLVED, new Location(outside, 3, 8),
                                "cannot resolve symbol Helper; flows through it may be incomplete"),
                        new Diagnostic(Diagnostic.Kind.PARSE_ERROR, new Location(broken, 0, 0),
                                "unexpected end of file; the file was skipped")),
                12, 840, root, List.of(receipt, guarded, unguarded));
    }

    /** A result with nothing found in three files. */
    static AnalysisResult clean(Path base) {
        return new AnalysisResult(List.of(), List.of(), 3, 120, root(base));
    }
}
