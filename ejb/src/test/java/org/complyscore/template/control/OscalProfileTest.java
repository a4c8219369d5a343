package org.complyscore.template.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OscalProfileTest {

  private static final JsonObject FULL_CATALOG =
      OscalCatalogReader.parse(OscalFixtures.open(OscalFixtures.FULL_5_0_1));

  private static OscalProfile profile(String json) {
    return OscalProfile.read(OscalCatalogReader.parse(OscalFixtures.json(json)));
  }

  @ParameterizedTest
  @EnumSource(OscalFixtures.Baseline.class)
  void eachNistBaselineSelectsFromTheFullCatalogExactlyWhatNistResolved(
      OscalFixtures.Baseline baseline) {
    OscalProfile profile =
        OscalProfile.read(OscalCatalogReader.parse(OscalFixtures.open(baseline.profile())));

    Set<String> selected = profile.resolve(FULL_CATALOG).selected();
    Set<String> resolvedByNist =
        OscalFixtures.catalog(baseline.resolvedCatalog()).allControls().stream()
            .map(OscalCatalog.Control::id)
            .collect(Collectors.toSet());

    // NIST's resolved catalogs also carry the parent of an enhancement that was selected without
    // it (PRIVACY has six), to hold the enhancement in place; the template takes what was selected.
    assertThat(selected).hasSize(baseline.selected).isSubsetOf(resolvedByNist);
    Set<String> parentsOnly = new java.util.TreeSet<>(resolvedByNist);
    parentsOnly.removeAll(selected);
    assertThat(parentsOnly)
        .allSatisfy(parent -> assertThat(selected).anyMatch(id -> id.startsWith(parent + ".")));
    assertThat(parentsOnly).hasSize(baseline == OscalFixtures.Baseline.PRIVACY ? 6 : 0);
  }

  @Test
  void includeAllLessExcludedControls() {
    Set<String> selected =
        profile(
                """
                {"profile": {"imports": [{"href": "#c", "include-all": {},
                  "exclude-controls": [{"with-ids": ["ac-2"]}]}]}}
                """)
            .resolve(FULL_CATALOG)
            .selected();

    assertThat(selected).hasSize(1189 - 1).contains("ac-1", "ac-2.1").doesNotContain("ac-2");
  }

  @Test
  void matchingPatternsAreGlobsAndChildControlsComeWhenAskedFor() {
    Set<String> selected =
        profile(
                """
                {"profile": {"imports": [{"href": "#c", "include-controls": [
                  {"matching": [{"pattern": "ac-1?"}]},
                  {"with-ids": ["sc-7"], "with-child-controls": "yes"}],
                  "exclude-controls": [{"matching": [{"pattern": "sc-7.2*"}]}]}]}}
                """)
            .resolve(FULL_CATALOG)
            .selected();

    assertThat(selected)
        .contains("ac-10", "ac-19", "sc-7", "sc-7.3", "sc-7.19")
        .doesNotContain("ac-1", "ac-2", "ac-10.1", "sc-7.2", "sc-7.20", "sc-7.29");
  }

  @Test
  void namesEveryControlTheCatalogLacksAndWhereTheProfileNamesIt() {
    OscalProfile profile =
        profile(
            """
            {"profile": {"imports": [{"href": "#c", "include-controls": [
              {"with-ids": ["ac-1", "xx-99", "ac-999"]}]}],
             "modify": {"alters": [{"control-id": "zz-1", "adds": []}]}}}
            """);

    assertThatThrownBy(() -> profile.resolve(FULL_CATALOG))
        .isInstanceOf(OscalFormatException.class)
        .hasMessage(
            "profile/imports[0]/include-controls[0] names 2 controls that the catalog does not"
                + " have: ac-999, xx-99. profile/modify/alters names controls that are not in the"
                + " catalog: zz-1.");
  }

  @Test
  void refusesAnImportThatSelectsNothing() {
    assertThatThrownBy(() -> profile("{\"profile\": {\"imports\": [{\"href\": \"#c\"}]}}"))
        .isInstanceOf(OscalFormatException.class)
        .hasMessage(
            "profile/imports[0] has neither include-all nor include-controls: it selects nothing.");
  }

  @Test
  void refusesACatalogOfferedAsProfile() {
    assertThatThrownBy(
            () ->
                OscalProfile.read(
                    OscalCatalogReader.parse(OscalFixtures.open(OscalFixtures.BASIC))))
        .isInstanceOf(OscalFormatException.class)
        .hasMessageContaining("(it is a catalog)");
  }

  @Test
  void globsQuoteEverythingButTheirWildcards() {
    assertThat(OscalProfile.glob("ac-2.*").matcher("ac-2.13").matches()).isTrue();
    assertThat(OscalProfile.glob("ac-2.*").matcher("ac-2x13").matches()).isFalse();
    assertThat(OscalProfile.glob("a?-1").matcher("au-1").matches()).isTrue();
  }
}
