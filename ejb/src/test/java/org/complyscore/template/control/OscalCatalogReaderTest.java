package org.complyscore.template.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.complyscore.action.entity.TestingCombination;
import org.complyscore.action.entity.TestingLogic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OscalCatalogReaderTest {

  private static Map<String, OscalCatalog.Control> byId(OscalCatalog catalog) {
    return catalog.allControls().stream()
        .collect(Collectors.toMap(OscalCatalog.Control::id, Function.identity()));
  }

  @Test
  void readsGroupsNestedInGroups() {
    OscalCatalog catalog = OscalFixtures.catalog(OscalFixtures.BASIC);

    assertThat(catalog.title())
        .isEqualTo("Sample Security Catalog *for Demonstration* and Testing");
    assertThat(catalog.oscalVersion()).isEqualTo("1.1.2");
    assertThat(catalog.groups()).extracting(OscalCatalog.Group::id).containsExactly("s1", "s2");
    assertThat(catalog.groups().get(0).controls()).isEmpty();
    assertThat(catalog.groups().get(0).groups().get(0).controls())
        .extracting(OscalCatalog.Control::label)
        .containsExactly("1.1.1", "1.1.2");
    assertThat(catalog.allControls()).hasSize(4);
  }

  @Test
  void fillsSelectionsWithTheirChoicesAndNestedParameters() {
    OscalCatalog.Control control = byId(OscalFixtures.catalog(OscalFixtures.BASIC)).get("s1.1.1");

    assertThat(control.statement())
        .startsWith("All information security responsibilities should be defined and allocated.")
        .contains(
            "A value has been assigned to [Selection (one or more): initiating a device lock"
                + " after [Assignment: a duration] of inactivity; requiring the user to initiate a"
                + " device lock before leaving the system unattended].")
        .doesNotContain("{{");
    assertThat(control.guidance()).contains("Allocation of information security responsibilities");
  }

  @Test
  void readsTheFullCatalogWithEnhancementsInsideTheirParentAndWithdrawnControlsMarked() {
    OscalCatalog catalog = OscalFixtures.catalog(OscalFixtures.FULL_5_0_1);
    List<OscalCatalog.Control> all = catalog.allControls();

    assertThat(catalog.groups()).hasSize(20);
    assertThat(all).hasSize(1189);
    assertThat(all.stream().filter(OscalCatalog.Control::withdrawn)).hasSize(182);
    OscalCatalog.Control ac2 = byId(catalog).get("ac-2");
    assertThat(ac2.label()).isEqualTo("AC-2");
    assertThat(ac2.title()).isEqualTo("Account Management");
    assertThat(ac2.enhancements())
        .extracting(OscalCatalog.Control::label)
        .startsWith("AC-2(1)", "AC-2(2)", "AC-2(3)");
    assertThat(byId(catalog).get("ac-2.10").withdrawn()).isTrue();
    assertThat(all).noneMatch(control -> control.statement().contains("{{"));
  }

  @Test
  void ordersBySortIdNotByDocumentOrder() {
    List<String> ac2 =
        byId(OscalFixtures.catalog(OscalFixtures.FULL_5_0_1)).get("ac-2").enhancements().stream()
            .map(OscalCatalog.Control::id)
            .toList();

    // sort-id is zero-padded (ac-02.10 after ac-02.09), so "ac-2.10" comes after "ac-2.9".
    assertThat(ac2.indexOf("ac-2.10")).isEqualTo(ac2.indexOf("ac-2.9") + 1);
  }

  @Test
  void rendersTheStatementAsABulletedListWithBoldLabelsAndFilledAssignments() {
    OscalCatalog.Control ac2 =
        byId(OscalFixtures.catalog(OscalFixtures.MODERATE_RESOLVED)).get("ac-2");

    assertThat(ac2.statement())
        .startsWith(
            "- **a.** Define and document the types of accounts allowed and specifically prohibited"
                + " for use within the system;\n- **b.** Assign account managers;\n")
        .contains(
            "- **c.** Require [Assignment: prerequisites and criteria] for group and role membership;")
        .contains("- **d.** Specify:\n  - **1.** Authorized users of the system;");
    assertThat(ac2.label()).isEqualTo("AC-2");
    assertThat(ac2.implementationLevels()).containsExactly("organization");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"catalog\": {}} | catalog has no \"metadata\" object.",
        "{\"profile\": {}} | This is not an OSCAL catalog: it has no \"catalog\" object at the top (it is a profile).",
        "{\"catalog\": {\"metadata\": {\"title\": \"T\"}, \"groups\": [{\"title\": \"G\", \"controls\": [{\"title\": \"no id\"}]}]}} | catalog/groups[0]/controls[0] has no \"id\" text.",
        "{\"catalog\": {\"metadata\": {\"title\": \"T\"}, \"groups\": {}}} | catalog/groups should be a list.",
        "[1, 2] | The file is not a JSON object",
        "{\"catalog\": | The file is not valid JSON near line 1",
      })
  void saysWhatIsWrongAndWhere(String json, String message) {
    assertThatThrownBy(() -> new OscalCatalogReader().read(OscalFixtures.json(json)))
        .isInstanceOf(OscalFormatException.class)
        .hasMessageContaining(message.strip());
  }

  private static final String NS = "urn:complyscore:oscal";

  /** A catalog of one control, ac-2, with these props. */
  private static OscalCatalog.Control withProps(String props) {
    String json =
        """
        {"catalog": {"metadata": {"title": "T"}, "groups": [{"id": "ac", "title": "Access",
          "controls": [{"id": "ac-2", "title": "Account Management", "props": [%s]}]}]}}
        """
            .formatted(props);
    return new OscalCatalogReader().read(OscalFixtures.json(json)).allControls().get(0);
  }

  private static String prop(String name, String ns, String value) {
    return ns == null
        ? "{\"name\": \"%s\", \"value\": \"%s\"}".formatted(name, value)
        : "{\"name\": \"%s\", \"ns\": \"%s\", \"value\": \"%s\"}".formatted(name, ns, value);
  }

  @Test
  void readsTheTestingLogicOfComplyScoresPropsAndIgnoresOtherPublishersProps() {
    OscalCatalog.Control control =
        withProps(
            String.join(
                ", ",
                prop("label", null, "AC-2"),
                prop("check-id", NS, "web.tls"),
                prop("check-id", NS, " host:password-max-age "),
                prop("check-combination", NS, "average"),
                // Same names, someone else's meaning: neither a check nor a combination.
                prop("check-id", "https://example.org/ns/oscal", "not a check id!"),
                prop("check-id", null, "web.hsts"),
                prop("check-combination", "https://example.org/ns/oscal", "majority"),
                // A name ComplyScore does not use in its namespace: ignored like any unknown prop.
                prop("check-owner", NS, "ops")));

    assertThat(control.testing())
        .isEqualTo(
            TestingLogic.of(
                List.of("host:password-max-age", "web.tls"), TestingCombination.AVERAGE));
  }

  @Test
  void checksWithoutACombinationFailOnAnyFailureAndNoChecksIsNoLogic() {
    assertThat(withProps(prop("check-id", NS, "web.tls")).testing())
        .isEqualTo(TestingLogic.of(List.of("web.tls"), TestingCombination.ANY_FAILURE_FAILS));
    assertThat(
            withProps(
                    prop("check-id", NS, "web.tls")
                        + ", "
                        + prop("check-combination", NS, "Any-Failure-Fails"))
                .testing())
        .isEqualTo(TestingLogic.of(List.of("web.tls"), TestingCombination.ANY_FAILURE_FAILS));
    assertThat(withProps(prop("label", null, "AC-2")).testing()).isEqualTo(TestingLogic.NONE);
    assertThat(OscalFixtures.catalog(OscalFixtures.BASIC).allControls())
        .extracting(OscalCatalog.Control::testing)
        .containsOnly(TestingLogic.NONE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "check-id:web tls | Control ac-2, prop check-id: \"web tls\" is not a check id: use a letter or"
            + " digit, then letters, digits, '.', '_', ':' or '-'.",
        "check-id: | Control ac-2, prop check-id: \"\" is not a check id",
        "check-id:web.tls, check-combination:majority | Control ac-2, prop check-combination:"
            + " \"majority\" is not a check combination; use any-failure-fails or average.",
        "check-combination:average | Control ac-2 has a check-combination prop but no check-id;"
            + " add a check-id prop for each check its action listens to, or remove the"
            + " check-combination.",
        "check-id:web.tls, check-combination:average, check-combination:any-failure-fails |"
            + " Control ac-2 has the check-combination props average and any-failure-fails; give"
            + " one.",
      })
  void refusesComplyScorePropsItCannotUseNamingTheControl(String props, String message) {
    String json =
        String.join(
            ", ",
            java.util.Arrays.stream(props.split(","))
                .map(String::strip)
                .map(p -> prop(p.substring(0, p.indexOf(':')), NS, p.substring(p.indexOf(':') + 1)))
                .toList());

    assertThatThrownBy(() -> withProps(json))
        .isInstanceOf(OscalFormatException.class)
        .hasMessageStartingWith(message.strip());
  }

  @Test
  void refusesMoreChecksThanAnActionListensTo() {
    String props =
        String.join(
            ", ",
            java.util.stream.IntStream.rangeClosed(1, 51)
                .mapToObj(i -> prop("check-id", NS, "c" + i))
                .toList());

    assertThatThrownBy(() -> withProps(props))
        .isInstanceOf(OscalFormatException.class)
        .hasMessage("Control ac-2: An action listens to at most 50 checks.");
  }
}
