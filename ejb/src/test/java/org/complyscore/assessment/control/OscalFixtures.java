package org.complyscore.assessment.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The OSCAL files the tests read: NIST's, from the test resources and the shipped baseline. */
final class OscalFixtures {

  static final String BASIC = "oscal/nist-basic-catalog-example.json";
  static final String FULL_5_0_1 = "oscal/nist-800-53-rev5-catalog-v5.0.1-oscal-1.0.0.json";
  static final String MODERATE_PROFILE = "oscal/nist-800-53-rev5-moderate-profile.json";
  static final String MODERATE_RESOLVED = BaselineTemplateBuilder.CATALOG_RESOURCE;

  private OscalFixtures() {}

  static InputStream open(String resource) {
    InputStream in = OscalFixtures.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Missing test resource " + resource);
    }
    return in;
  }

  static OscalCatalog catalog(String resource) {
    try (InputStream in = open(resource)) {
      return new OscalCatalogReader().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputStream json(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
