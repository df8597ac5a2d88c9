package dev.consentflow.analyzer.classpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.consentflow.analyzer.AnalysisRequest;
import dev.consentflow.analyzer.AnalysisResult;
import dev.consentflow.analyzer.ConsentFlow;
import dev.consentflow.analyzer.model.Finding;
import dev.consentflow.analyzer.model.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Roles from a dependency jar take part in the analysis of the sources that use it. */
class ClasspathFlowTest {
    private static final Map<String, String> CUSTOMERS = Map.of(
            "com/acme/crm/Customer.java", """
                    package com.acme.crm;

                    import dev.consentflow.annotations.*;

                    public class Customer {
                        @PersonalData(category = "user.contact.email")
                        private String email;
                        @ConsentCheck(purpose = "marketing.communications.email")
                        private boolean newsletterOptIn;

                        public String getEmail() { return email; }
                        public boolean isNewsletterOptIn() { return newsletterOptIn; }
                    }
                    """,
            "com/acme/crm/Mailer.java", """
                    package com.acme.crm;

                    import dev.consentflow.annotations.DataUse;

                    @DataUse(purpose = "marketing.communications.email")
                    public interface Mailer {
                        void sendPromotion(String to);
                    }
                    """);

    private static final String CAMPAIGN = """
            package com.acme.campaigns;

            import com.acme.crm.Customer;
            import com.acme.crm.Mailer;

            class Campaign {
                void unguarded(Mailer mailer, Customer c) {
                    mailer.sendPromotion(c.getEmail());
                }

                void guarded(Mailer mailer, Customer c) {
                    if (c.isNewsletterOptIn()) {
                        mailer.sendPromotion(c.getEmail());
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void annotationsFromAJarFindTheUnguardedSend() throws IOException {
        Path jar = customersJar();
        Path sources = campaignSources();

        AnalysisResult result = ConsentFlow.analyze(AnalysisRequest.builder()
                .source(sources).classpath(List.of(jar)).build());

        Path campaign = sources.resolve("com/acme/campaigns/Campaign.java");
        assertThat(result.findings()).extracting(f -> f.rule().id(), Finding::location)
                .containsExactly(tuple("unconsented-use", new Location(campaign, 8, 16)));
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void theModulesOwnOutputIsNotReadAsADependency() throws IOException {
        Path jar = customersJar();

        AnalysisResult result = ConsentFlow.analyze(AnalysisRequest.builder()
                .source(campaignSources()).classpath(List.of(jar)).ownOutput(List.of(jar)).build());

        assertThat(result.findings()).isEmpty();
    }

    private Path customersJar() {
        return TestClasses.jar(TestClasses.compile(dir.resolve("customers"), CUSTOMERS), dir.resolve("customers.jar"));
    }

    private Path campaignSources() throws IOException {
        Path file = dir.resolve("campaigns/com/acme/campaigns/Campaign.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, CAMPAIGN);
        return dir.resolve("campaigns");
    }
}
