package org.complyscore.e2e.support;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * NIST's OSCAL 1.1.3 assessment-results schema (draft-07, whose patterns use Java's {@code \p{L}}
 * classes), as a check of what the application exports.
 */
public final class OscalSchemaCheck {

  private static final String RESOURCE = "oscal/schemas/oscal_assessment-results_schema.json";

  private static final Schema SCHEMA = load();

  private OscalSchemaCheck() {}

  /** What the document breaks in the schema; empty when it is valid. */
  public static List<String> assessmentResultsErrors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static Schema load() {
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .regularExpressionFactory(JDKRegularExpressionFactory.getInstance())
            .formatAssertionsEnabled(true)
            .build();
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_7, builder -> builder.schemaRegistryConfig(config));
    try (InputStream in = OscalSchemaCheck.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource " + RESOURCE);
      }
      return registry.getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
