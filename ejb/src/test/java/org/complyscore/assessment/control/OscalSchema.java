package org.complyscore.assessment.control;

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
 * NIST's OSCAL 1.1.3 assessment-results JSON schema as a check: {@link #errors} lists what a
 * document breaks, nothing when it is valid.
 *
 * <p>The schema is draft-07 and its patterns use Java's (and XML Schema's) {@code \p{L}} character
 * classes, so the validator runs them with {@code java.util.regex}. Format assertions ({@code
 * date-time}, {@code uri-reference}) are on: stricter than the patterns alone.
 */
final class OscalSchema {

  static final String RESOURCE = "oscal/schemas/oscal_assessment-results_schema.json";
  static final String NIST_EXAMPLE = "oscal/nist-ifa-assessment-results-example.json";

  /**
   * Classes from each jar the validator needs, for container tests to add to their archive: the
   * server does not have them.
   */
  static final List<Class<?>> LIBRARIES =
      List.of(
          SchemaRegistry.class,
          com.fasterxml.jackson.databind.ObjectMapper.class,
          com.fasterxml.jackson.core.JsonFactory.class,
          com.fasterxml.jackson.annotation.JsonProperty.class,
          com.fasterxml.jackson.dataformat.yaml.YAMLFactory.class,
          org.yaml.snakeyaml.Yaml.class,
          com.ethlo.time.ITU.class,
          org.slf4j.LoggerFactory.class);

  private static final Schema SCHEMA = load();

  private OscalSchema() {}

  /** What the JSON document breaks in the schema; empty when it is valid. */
  static List<String> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  static String resource(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    try (InputStream in = open(RESOURCE)) {
      return registry.getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String name) {
    InputStream in = OscalSchema.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("Missing test resource " + name);
    }
    return in;
  }
}
