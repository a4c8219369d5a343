package org.complyscore.template.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.complyscore.action.entity.TestingCombination;
import org.complyscore.action.entity.TestingLogic;
import org.complyscore.assessment.entity.TemplateSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OscalTemplateReaderTest {

  private final OscalTemplateReader reader = new OscalTemplateReader();

  private static Map<String, TemplateDraft.ControlDraft> controls(TemplateDraft draft) {
    return draft.families().stream()
        .flatMap(f -> f.controls().stream())
        .collect(Collectors.toMap(TemplateDraft.ControlDraft::sourceId, Function.identity()));
  }

  @Test
  void theFullCatalogGivesEveryControlThatIsNotWithdrawn() {
    OscalTemplateReader.Reading reading =
        reader.read(OscalFixtures.open(OscalFixtures.FULL_5_0_1), null);

    assertThat(reading.draft().controlCount()).isEqualTo(1_007);
    assertThat(reading.withdrawnSkipped()).isEqualTo(182);
    assertThat(reading.draft().families()).hasSize(20);
    assertThat(reading.draft().distinctActions()).hasSize(1_007);
    assertThat(reading.draft().source()).isEqualTo(TemplateSource.OSCAL);
    assertThat(reading.draft().title())
        .isEqualTo(
            "NIST Special Publication 800-53 Revision 5: Security and Privacy Controls for Federal"
                + " Information Systems and Organizations");
    assertThat(controls(reading.draft())).doesNotContainKey("ac-2.10"); // withdrawn
  }

  @ParameterizedTest
  @EnumSource(OscalFixtures.Baseline.class)
  void eachNistProfileWithTheFullCatalogGivesItsSelectedControls(OscalFixtures.Baseline baseline) {
    OscalTemplateReader.Reading reading =
        reader.read(
            OscalFixtures.open(OscalFixtures.FULL_5_0_1), OscalFixtures.open(baseline.profile()));

    assertThat(reading.draft().controlCount()).isEqualTo(baseline.selected);
    assertThat(reading.withdrawnSkipped()).isZero();
    assertThat(reading.draft().title()).containsIgnoringCase(baseline.name());
    assertThat(reading.draft().maximumScore())
        .isEqualTo(
            reading.draft().distinctActions().stream()
                .mapToInt(TemplateDraft.ActionDraft::effectivePoints)
                .sum())
        .isPositive();
  }

  @ParameterizedTest
  @EnumSource(OscalFixtures.Baseline.class)
  void eachResolvedCatalogKeepsStatementGuidanceAndObjectives(OscalFixtures.Baseline baseline) {
    TemplateDraft draft = reader.read(OscalFixtures.open(baseline.resolvedCatalog()), null).draft();

    TemplateDraft.ControlDraft controlOne =
        controls(draft).values().stream().findFirst().orElseThrow();
    assertThat(controlOne.statement()).isNotBlank();
    assertThat(controlOne.guidance()).isNotBlank();
    assertThat(controlOne.objectives()).isNotBlank().contains("- ");
    assertThat(draft.controlCount())
        .isEqualTo(baseline == OscalFixtures.Baseline.PRIVACY ? 102 : baseline.selected);
  }

  @Test
  void theHighBaselineResolvedFromTheCatalogHasItsFamiliesInOrder() {
    TemplateDraft draft =
        reader
            .read(
                OscalFixtures.open(OscalFixtures.FULL_5_0_1),
                OscalFixtures.open(OscalFixtures.Baseline.HIGH.profile()))
            .draft();

    assertThat(draft.families())
        .extracting(TemplateDraft.FamilyDraft::key)
        .containsExactly(
            "AC", "AT", "AU", "CA", "CM", "CP", "IA", "IR", "MA", "MP", "PE", "PL", "PS", "RA",
            "SA", "SC", "SI", "SR");
    TemplateDraft.ControlDraft ac21 = controls(draft).get("ac-2.1");
    assertThat(ac21.key()).isEqualTo("AC-2(1)");
    assertThat(ac21.title()).isEqualTo("Account Management | Automated System Account Management");
    assertThat(ac21.actions())
        .singleElement()
        .satisfies(
            action ->
                assertThat(action.title())
                    .isEqualTo("AC-2(1) Account Management | Automated System Account Management"));
  }

  @Test
  void aCatalogFromAnotherPublisherWithNestedGroupsAndObjectives() {
    TemplateDraft draft = reader.read(OscalFixtures.open(OscalFixtures.BASIC), null).draft();

    assertThat(draft.families())
        .extracting(TemplateDraft.FamilyDraft::key)
        .containsExactly("S1", "S2");
    assertThat(draft.controlCount()).isEqualTo(4);
    assertThat(controls(draft).get("s1.1.1").key()).isEqualTo("1.1.1");
  }

  @Test
  void setParametersAndAltersChangeTheProse() {
    String profile =
        """
        {"profile": {"metadata": {"title": "Tailored AC", "version": "2027.1"},
          "imports": [{"href": "#catalog", "include-controls": [{"with-ids": ["ac-1", "ac-2"]}]}],
          "modify": {
            "set-parameters": [{"param-id": "ac-1_prm_2", "values": ["annually"]},
                               {"param-id": "no-such-param", "values": ["x"]}],
            "alters": [
              {"control-id": "ac-2", "removes": [{"by-name": "guidance"}],
               "adds": [{"position": "ending", "by-id": "ac-2_smt",
                         "parts": [{"id": "ac-2_smt.z", "name": "item",
                                    "props": [{"name": "label", "value": "z."}],
                                    "prose": "Review accounts with the data owner."}]},
                        {"position": "starting",
                         "parts": [{"id": "ac-2_gdn2", "name": "guidance", "prose": "Our own guidance."}]}]}]}}}
        """;
    OscalTemplateReader.Reading reading =
        reader.read(OscalFixtures.open(OscalFixtures.FULL_5_0_1), OscalFixtures.json(profile));

    Map<String, TemplateDraft.ControlDraft> controls = controls(reading.draft());
    assertThat(controls).containsOnlyKeys("ac-1", "ac-2");
    assertThat(reading.draft().title()).isEqualTo("Tailored AC");
    assertThat(reading.draft().version()).isEqualTo("2027.1");
    assertThat(controls.get("ac-1").statement()).contains("annually");
    assertThat(controls.get("ac-2").statement())
        .contains("**z.** Review accounts with the data owner.");
    assertThat(controls.get("ac-2").guidance()).isEqualTo("Our own guidance.");
    assertThat(reading.notes()).singleElement().asString().contains("no-such-param");
  }

  @Test
  void clearErrorsForBrokenFilesAndTheWrongModel() {
    assertThatThrownBy(() -> reader.read(OscalFixtures.json("{\"catalog\": {"), null))
        .isInstanceOf(OscalFormatException.class)
        .hasMessageStartingWith("The file is not valid JSON near line 1");
    assertThatThrownBy(() -> reader.read(OscalFixtures.json("[1, 2]"), null))
        .hasMessageContaining("not a JSON object");
    assertThatThrownBy(
            () -> reader.read(OscalFixtures.open(OscalFixtures.Baseline.LOW.profile()), null))
        .hasMessageContaining("The file given as the catalog is a profile");
    assertThatThrownBy(() -> reader.read(OscalFixtures.json("{\"assessment-results\": {}}"), null))
        .hasMessageContaining("This is not an OSCAL catalog");
    assertThatThrownBy(
            () ->
                reader.read(
                    OscalFixtures.open(OscalFixtures.FULL_5_0_1),
                    OscalFixtures.open(OscalFixtures.BASIC)))
        .hasMessageContaining("This is not an OSCAL profile")
        .hasMessageContaining("(it is a catalog)");
    assertThatThrownBy(
            () -> reader.read(null, OscalFixtures.open(OscalFixtures.Baseline.LOW.profile())))
        .hasMessageContaining("A catalog is needed");
    assertThatThrownBy(
            () ->
                reader.read(
                    OscalFixtures.open(OscalFixtures.BASIC),
                    OscalFixtures.open(OscalFixtures.Baseline.LOW.profile())))
        .hasMessage(
            "None of the 149 controls that profile/imports[0]/include-controls[0] names is in"
                + " this catalog (ac-1, ac-14, ac-17, ac-18, ac-19, ac-2, ac-20, ac-22, ac-3, ac-7"
                + " and 139 more). Is it the catalog the profile imports?");
  }

  @Test
  void aProfileWhoseSelectionIsAllWithdrawnSaysSo() {
    String profile =
        """
        {"profile": {"imports": [{"href": "#c", "include-controls": [{"with-ids": ["ac-2.10"]}]}]}}
        """;
    assertThatThrownBy(
            () ->
                reader.read(
                    OscalFixtures.open(OscalFixtures.FULL_5_0_1), OscalFixtures.json(profile)))
        .isInstanceOf(OscalFormatException.class)
        .hasMessage("The catalog has no control to import that is not withdrawn.");
  }

  @Test
  void aControlsComplyScorePropsBecomeItsActionsTestingLogic() {
    String catalog =
        """
        {"catalog": {"metadata": {"title": "Web hardening"}, "groups": [{"id": "sc", "title": "Comms",
          "controls": [
            {"id": "sc-8", "title": "Transmission Confidentiality",
             "props": [{"name": "check-id", "ns": "urn:complyscore:oscal", "value": "web.tls"},
                       {"name": "check-id", "ns": "urn:complyscore:oscal", "value": "web.hsts"},
                       {"name": "check-combination", "ns": "urn:complyscore:oscal",
                        "value": "average"}]},
            {"id": "sc-9", "title": "Not tested by machines",
             "props": [{"name": "check-id", "ns": "https://example.org/oscal", "value": "x"}]}]}]}}
        """;

    Map<String, TemplateDraft.ControlDraft> controls =
        controls(reader.read(OscalFixtures.json(catalog), null).draft());

    assertThat(controls.get("sc-8").actions())
        .singleElement()
        .extracting(TemplateDraft.ActionDraft::testing)
        .isEqualTo(TestingLogic.of(List.of("web.hsts", "web.tls"), TestingCombination.AVERAGE));
    assertThat(controls.get("sc-9").actions().get(0).testing()).isEqualTo(TestingLogic.NONE);
  }

  @Test
  void aProfileAddsAndRemovesTestingLogicWithAlters() {
    String profile =
        """
        {"profile": {"metadata": {"title": "Tested AC"},
          "imports": [{"href": "#catalog", "include-controls": [{"with-ids": ["ac-2", "ac-3"]}]}],
          "modify": {"alters": [
            {"control-id": "ac-2", "adds": [{"props": [
              {"name": "check-id", "ns": "urn:complyscore:oscal", "value": "idp.stale-accounts"},
              {"name": "check-combination", "ns": "urn:complyscore:oscal", "value": "average"}]}]},
            {"control-id": "ac-3", "adds": [{"props": [
              {"name": "check-id", "ns": "urn:complyscore:oscal", "value": "idp.admin-roles"}]}]},
            {"control-id": "ac-3", "removes": [{"by-ns": "urn:complyscore:oscal"}]}]}}}
        """;

    Map<String, TemplateDraft.ControlDraft> controls =
        controls(
            reader
                .read(OscalFixtures.open(OscalFixtures.FULL_5_0_1), OscalFixtures.json(profile))
                .draft());

    assertThat(controls.get("ac-2").actions().get(0).testing())
        .isEqualTo(TestingLogic.of(List.of("idp.stale-accounts"), TestingCombination.AVERAGE));
    assertThat(controls.get("ac-3").actions().get(0).testing()).isEqualTo(TestingLogic.NONE);
  }

  @Test
  void aProfileThatAddsABadCheckIdIsRefusedNamingTheControl() {
    String profile =
        """
        {"profile": {"imports": [{"href": "#c", "include-controls": [{"with-ids": ["ac-2"]}]}],
          "modify": {"alters": [{"control-id": "ac-2", "adds": [{"props": [
            {"name": "check-id", "ns": "urn:complyscore:oscal", "value": "stale accounts"}]}]}]}}}
        """;

    assertThatThrownBy(
            () ->
                reader.read(
                    OscalFixtures.open(OscalFixtures.FULL_5_0_1), OscalFixtures.json(profile)))
        .isInstanceOf(OscalFormatException.class)
        .hasMessageStartingWith(
            "Control ac-2, prop check-id: \"stale accounts\" is not a check id");
  }
}
