package org.complyscore.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The schema check itself: it accepts what NIST writes and what OSCAL allows, and refuses what
 * breaks the schema, so that a passing export means something.
 */
class OscalSchemaTest {

  @Test
  void acceptsNistsOwnAssessmentResults() {
    assertThat(OscalSchema.errors(OscalSchema.resource(OscalSchema.NIST_EXAMPLE))).isEmpty();
  }

  @Test
  void acceptsAMinimalDocument() {
    assertThat(OscalSchema.errors(minimal().toString())).isEmpty();
  }

  @Test
  void refusesADocumentWithoutImportAp() {
    assertThat(errors(document -> without(document, "import-ap")))
        .anyMatch(e -> e.contains("required property 'import-ap' not found"));
  }

  @Test
  void refusesAUuidOfVersion3() {
    assertThat(
            errors(
                document ->
                    with(
                        document,
                        "uuid",
                        Json.createValue("ec0dad37-54e0-30fd-a925-6d0bdea94c0d"))))
        .anyMatch(e -> e.startsWith("/assessment-results/uuid:"));
  }

  @Test
  void refusesAnEmptyArray() {
    assertThat(
            errors(
                document ->
                    with(
                        document,
                        "results",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder(
                                        document.getJsonArray("results").getJsonObject(0))
                                    .add("findings", JsonValue.EMPTY_JSON_ARRAY))
                            .build())))
        .anyMatch(e -> e.startsWith("/assessment-results/results/0/findings:"));
  }

  @Test
  void refusesWhiteSpaceAroundAVersion() {
    assertThat(
            errors(
                document ->
                    with(
                        document,
                        "metadata",
                        Json.createObjectBuilder(document.getJsonObject("metadata"))
                            .add("version", " 1.0")
                            .build())))
        .anyMatch(e -> e.startsWith("/assessment-results/metadata/version:"));
  }

  @Test
  void refusesAControlIdThatIsNoToken() {
    String broken = minimal().toString().replace("\"ac-2\"", "\"ac 2\"");
    assertThat(OscalSchema.errors(broken))
        .anyMatch(e -> e.contains("/include-controls/0/control-id:"));
  }

  @Test
  void refusesAPropertyTheModelDoesNotHave() {
    assertThat(errors(document -> with(document, "score", Json.createValue(42))))
        .anyMatch(e -> e.contains("'score' is not defined"));
  }

  @Test
  void refusesADateTimeWithoutZone() {
    assertThat(
            errors(
                document ->
                    with(
                        document,
                        "metadata",
                        Json.createObjectBuilder(document.getJsonObject("metadata"))
                            .add("last-modified", "2025-03-14T09:26:53")
                            .build())))
        .anyMatch(e -> e.startsWith("/assessment-results/metadata/last-modified:"));
  }

  /** The errors of the minimal document changed inside {@code assessment-results}. */
  private static java.util.List<String> errors(UnaryOperator<JsonObject> change) {
    JsonObject document =
        Json.createObjectBuilder()
            .add("assessment-results", change.apply(minimal().getJsonObject("assessment-results")))
            .build();
    return OscalSchema.errors(document.toString());
  }

  private static JsonObject with(JsonObject object, String name, JsonValue value) {
    return Json.createObjectBuilder(object).add(name, value).build();
  }

  private static JsonObject without(JsonObject object, String name) {
    return Json.createObjectBuilder(object).remove(name).build();
  }

  private static JsonObject minimal() {
    return Json.createReader(
            new StringReader(
                """
                {"assessment-results": {
                  "uuid": "ec0dad37-54e0-40fd-a925-6d0bdea94c0d",
                  "metadata": {"title": "Results", "last-modified": "2025-03-14T09:26:53Z",
                    "version": "1.0", "oscal-version": "1.1.3"},
                  "import-ap": {"href": "#a1d20136-37e0-42aa-9834-4e9d8c36d798"},
                  "results": [{
                    "uuid": "a1d20136-37e0-52aa-9834-4e9d8c36d798",
                    "title": "Result", "description": "What was found.",
                    "start": "2025-03-14T09:26:53Z",
                    "reviewed-controls": {"control-selections": [
                      {"include-controls": [{"control-id": "ac-2"}]}]}
                  }]
                }}
                """))
        .readObject();
  }
}
