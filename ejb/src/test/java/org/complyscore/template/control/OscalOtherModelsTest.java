package org.complyscore.template.control;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The OSCAL files of other models (NIST's assessment-plan and assessment-results examples) are
 * refused as a catalog and as a profile, with the model named, never read as something else.
 */
class OscalOtherModelsTest {

  private final OscalTemplateReader reader = new OscalTemplateReader();

  @ParameterizedTest
  @CsvSource({
    "oscal/nist-ifa-assessment-plan-example.json",
    "oscal/nist-ifa-assessment-results-example.json"
  })
  void anotherModelIsNeitherACatalogNorAProfile(String resource) {
    assertThatThrownBy(() -> reader.read(OscalFixtures.open(resource), null))
        .isInstanceOf(OscalFormatException.class)
        .hasMessage("This is not an OSCAL catalog: it has no \"catalog\" object at the top.");
    assertThatThrownBy(
            () ->
                reader.read(
                    OscalFixtures.open(OscalFixtures.FULL_5_0_1), OscalFixtures.open(resource)))
        .isInstanceOf(OscalFormatException.class)
        .hasMessage("This is not an OSCAL profile: it has no \"profile\" object at the top.");
  }
}
