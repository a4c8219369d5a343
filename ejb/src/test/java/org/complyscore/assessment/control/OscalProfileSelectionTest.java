package org.complyscore.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OscalProfileSelectionTest {

  @Test
  void theModerateProfileSelectsFromTheFullCatalogExactlyWhatNistResolved() {
    OscalProfileSelection moderate =
        OscalProfileSelection.read(OscalFixtures.open(OscalFixtures.MODERATE_PROFILE));

    Set<String> selected =
        OscalFixtures.catalog(OscalFixtures.FULL_5_0_1).allControls().stream()
            .map(OscalCatalog.Control::id)
            .filter(moderate::selects)
            .collect(Collectors.toSet());
    Set<String> resolvedByNist =
        OscalFixtures.catalog(OscalFixtures.MODERATE_RESOLVED).allControls().stream()
            .map(OscalCatalog.Control::id)
            .collect(Collectors.toSet());

    assertThat(selected).hasSize(287).isEqualTo(resolvedByNist);
  }

  @Test
  void includeAllLessExcludedControls() {
    OscalProfileSelection selection =
        OscalProfileSelection.read(
            OscalFixtures.json(
                """
                {"profile": {"imports": [{"href": "#c", "include-all": {},
                  "exclude-controls": [{"with-ids": ["ac-2"]}]}]}}
                """));

    assertThat(selection.selects("ac-1")).isTrue();
    assertThat(selection.selects("ac-2")).isFalse();
  }

  @Test
  void refusesAnImportThatSelectsNothing() {
    assertThatThrownBy(
            () ->
                OscalProfileSelection.read(
                    OscalFixtures.json("{\"profile\": {\"imports\": [{\"href\": \"#c\"}]}}")))
        .isInstanceOf(OscalFormatException.class)
        .hasMessage(
            "profile/imports[0] has neither include-all nor include-controls: it selects nothing.");
  }

  @Test
  void refusesACatalogOfferedAsProfile() {
    assertThatThrownBy(() -> OscalProfileSelection.read(OscalFixtures.open(OscalFixtures.BASIC)))
        .isInstanceOf(OscalFormatException.class)
        .hasMessageContaining("(it is a catalog)");
  }
}
