package org.complyscore.template.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.complyscore.template.view.TemplateUploads.Kind;
import org.complyscore.template.view.TemplateUploads.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateUploadsTest {

  private static final String CATALOG =
      "{\"catalog\":{\"uuid\":\"x\",\"groups\":[{\"id\":\"ac\"}]}}";
  private static final String PROFILE = "{\"profile\":{\"uuid\":\"y\",\"imports\":[]}}";

  private static Optional<Refusal> content(String name, String json, Kind kind) {
    return TemplateUploads.checkContent(
        "The catalog", name, json.getBytes(StandardCharsets.UTF_8), kind);
  }

  @Test
  void aCatalogAndAProfileOfTheRightModelPass() {
    assertThat(content("catalog.json", CATALOG, Kind.OSCAL_CATALOG)).isEmpty();
    assertThat(content("profile.JSON", PROFILE, Kind.OSCAL_PROFILE)).isEmpty();
    // Another top-level key before the model (metadata of a wrapper) does not matter.
    assertThat(content("c.json", "{\"$schema\":\"s\"," + CATALOG.substring(1), Kind.OSCAL_CATALOG))
        .isEmpty();
    // A byte order mark in front is what some editors write.
    assertThat(content("c.json", "\uFEFF" + CATALOG, Kind.OSCAL_CATALOG)).isEmpty();
  }

  @Test
  void theWrongModelIsNamedWithWhatToDoInstead() {
    assertThat(content("high.json", PROFILE, Kind.OSCAL_CATALOG))
        .get()
        .extracting(Refusal::message)
        .isEqualTo(
            "The catalog (high.json) is not an OSCAL catalog: it is an OSCAL profile. Give it as"
                + " the profile, and the catalog it imports as the catalog.");
    assertThat(content("cat.json", CATALOG, Kind.OSCAL_PROFILE))
        .get()
        .extracting(Refusal::message)
        .asString()
        .contains("is not an OSCAL profile: it is an OSCAL catalog.");
    assertThat(content("ssp.json", "{\"system-security-plan\":{}}", Kind.OSCAL_CATALOG))
        .get()
        .extracting(Refusal::message)
        .asString()
        .endsWith("it is an OSCAL system-security-plan.");
    assertThat(content("other.json", "{\"catalogue\":{}}", Kind.OSCAL_CATALOG))
        .get()
        .extracting(Refusal::message)
        .asString()
        .endsWith("it has no \"catalog\" object at the top.");
    // A nested "catalog" key is not the model.
    assertThat(content("n.json", "{\"x\":{\"catalog\":{}}}", Kind.OSCAL_CATALOG)).isPresent();
  }

  @Test
  void malformedJsonIsRefusedWithItsLineAndColumn() {
    Optional<Refusal> refusal =
        content("broken.json", "{\"catalog\": {\n  \"uuid\": \"x\",,\n}}", Kind.OSCAL_CATALOG);
    assertThat(refusal)
        .get()
        .extracting(Refusal::message)
        .asString()
        .startsWith("The catalog (broken.json) is not valid JSON near line 2, column");
    assertThat(content("a.json", "[1, 2]", Kind.OSCAL_CATALOG))
        .get()
        .extracting(Refusal::message)
        .asString()
        .contains("does not start with \"{\"");
    assertThat(content("a.json", "{\"catalog\": {", Kind.OSCAL_CATALOG)).isPresent();
  }

  @ParameterizedTest
  @CsvSource({
    "catalog.xml, OSCAL_CATALOG, must be a .json file (OSCAL in JSON; the XML and YAML forms are not read).",
    "catalog.yaml, OSCAL_PROFILE, must be a .json file",
    "template.xls, WORKBOOK, must be a .xlsx file (an Excel workbook).",
    "template.csv, WORKBOOK, must be a .xlsx file",
  })
  void theWrongExtensionIsRefused(String name, Kind kind, String expected) {
    assertThat(TemplateUploads.checkDeclared("The file", name, 10, kind))
        .get()
        .extracting(Refusal::message)
        .asString()
        .contains(expected);
  }

  @Test
  void sizeIsCheckedBeforeTheContentIsRead() {
    Optional<Refusal> tooLarge =
        TemplateUploads.checkDeclared(
            "The catalog", "big.json", TemplateUploads.MAX_FILE_BYTES + 1, Kind.OSCAL_CATALOG);
    assertThat(tooLarge).get().extracting(Refusal::tooLarge).isEqualTo(true);
    assertThat(tooLarge.get().message())
        .isEqualTo(
            "The catalog (big.json) is larger than 20 MB, the largest template file accepted.");
    assertThat(
            TemplateUploads.checkDeclared(
                "The catalog", "ok.json", TemplateUploads.MAX_FILE_BYTES, Kind.OSCAL_CATALOG))
        .isEmpty();
    assertThat(TemplateUploads.checkDeclared("The workbook", "t.xlsx", 0, Kind.WORKBOOK))
        .get()
        .extracting(Refusal::message)
        .isEqualTo("The workbook (t.xlsx) is empty.");
  }

  @Test
  void aWorkbookMustBeAZipWhateverItsName() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0};
    assertThat(TemplateUploads.checkContent("The workbook", "t.xlsx", zip, Kind.WORKBOOK))
        .isEmpty();
    assertThat(
            TemplateUploads.checkContent(
                "The workbook",
                "t.xlsx",
                "Title;Product".getBytes(StandardCharsets.UTF_8),
                Kind.WORKBOOK))
        .get()
        .extracting(Refusal::message)
        .asString()
        .contains("is not an Excel workbook (.xlsx)");
  }

  @Test
  void aFileNameInAMessageIsOnlyTheNameAndShort() {
    assertThat(TemplateUploads.describe("C:\\Users\\me\\catalog.json")).isEqualTo("catalog.json");
    assertThat(TemplateUploads.describe("x/y/../catalog.json")).isEqualTo("catalog.json");
    assertThat(TemplateUploads.describe(null)).isEqualTo("no name");
    assertThat(TemplateUploads.describe("a".repeat(100))).hasSize(58).endsWith("…");
  }
}
