package org.complyscore.template.control;

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

  /** NIST's four SP 800-53B baselines: profile, resolved catalog, and how many ids they select. */
  enum Baseline {
    LOW(149),
    MODERATE(287),
    HIGH(370),
    PRIVACY(96);

    final int selected;

    Baseline(int selected) {
      this.selected = selected;
    }

    String profile() {
      return "oscal/nist-800-53-rev5-"
          + name().toLowerCase(java.util.Locale.ROOT)
          + "-profile.json";
    }

    String resolvedCatalog() {
      return this == MODERATE
          ? MODERATE_RESOLVED
          : "oscal/nist-800-53-rev5-"
              + name().toLowerCase(java.util.Locale.ROOT)
              + "-resolved-catalog.json";
    }
  }

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
