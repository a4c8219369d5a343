package org.complyscore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.complyscore.e2e.support.OscalSchemaCheck;
import org.complyscore.e2e.support.WebSession;
import org.complyscore.e2e.support.WebSession.Part;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's "done when", over the API as an Administrator would script it: NIST's HIGH profile is
 * imported with its catalog, "HIGH 2027" is created in a new group, it has 370 controls by family,
 * its report and OSCAL results export (the results valid against NIST's schema), and the Overview's
 * score now includes it. Then a control is taken out of the template, the assessment shows the
 * pending update, accepts it, and is deleted again, which leaves the score as it was.
 */
class AssessmentsIT {

  private static final String CATALOG = "oscal/nist-800-53-rev5-catalog-v5.0.1-oscal-1.0.0.json";
  private static final String HIGH = "oscal/nist-800-53-rev5-high-profile.json";

  private final WebSession admin = new WebSession();
  private final String run = UUID.randomUUID().toString().substring(0, 6);

  @BeforeEach
  void signIn() {
    admin.signInAsAdmin();
  }

  @Test
  void theHighBaselineIsImportedAssessedExportedAndCountsInTheScore() {
    JsonObject scoreBefore = object(admin.get("api/score"));

    // Import: review first (nothing stored), then for real under a title of this run.
    List<Part> files =
        List.of(
            Part.file("catalog", "catalog.json", bytes(CATALOG)),
            Part.file("profile", "high.json", bytes(HIGH)));
    JsonObject review = object(admin.multipart("api/templates/import/oscal?review=true", files));
    assertThat(review.getInt("controls")).isEqualTo(370);
    assertThat(review.getInt("families")).isEqualTo(18);
    String title = "NIST SP 800-53 Rev 5 HIGH " + run;
    HttpResponse<String> imported =
        admin.multipart(
            "api/templates/import/oscal",
            List.of(
                files.get(0),
                files.get(1),
                Part.field("title", title),
                Part.field("regulation", "NIST SP 800-53 Rev 5 HIGH " + run)));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    long templateId = object(imported).getJsonNumber("id").longValue();

    // "HIGH 2027" in a new group.
    String group = "2027 " + run;
    HttpResponse<String> created =
        admin.json(
            "POST",
            "api/assessments",
            "{\"templateId\":"
                + templateId
                + ",\"name\":\"HIGH 2027\",\"newGroupName\":\""
                + group
                + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = object(created).getJsonNumber("id").longValue();
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/assessments/" + id));

    try {
      JsonObject details = object(admin.get("api/assessments/" + id));
      JsonArray families = details.getJsonArray("families");
      assertThat(families).hasSize(18);
      assertThat(
              families.stream()
                  .mapToInt(f -> f.asJsonObject().getJsonArray("controls").size())
                  .sum())
          .isEqualTo(370);
      assertThat(families.getJsonObject(0).getString("key")).isEqualTo("AC");
      String page = admin.get("assessments/details?id=" + id).body();
      assertThat(page).contains("HIGH 2027").contains("data-control=\"AC-2(1)\"");

      // The report as Excel and the results as OSCAL, valid against NIST's schema.
      HttpResponse<byte[]> report = admin.download("api/assessments/" + id + "/report");
      assertThat(report.statusCode()).isEqualTo(200);
      assertThat(report.headers().firstValue("Content-Disposition"))
          .hasValueSatisfying(d -> assertThat(d).contains("attachment").contains("HIGH-2027.xlsx"));
      assertThat(new String(report.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
      HttpResponse<String> results = admin.get("api/assessments/" + id + "/oscal-results");
      assertThat(results.statusCode()).isEqualTo(200);
      assertThat(OscalSchemaCheck.assessmentResultsErrors(results.body())).isEmpty();
      JsonObject result =
          object(results)
              .getJsonObject("assessment-results")
              .getJsonArray("results")
              .getJsonObject(0);
      assertThat(result.getJsonArray("findings")).hasSize(370);

      // The Overview's score includes it: its own group adds the per-group actions' points.
      JsonObject scoreWith = object(admin.get("api/score"));
      assertThat(names(scoreWith.getJsonArray("byAssessment"))).contains("HIGH 2027");
      assertThat(names(scoreWith.getJsonArray("byGroup"))).contains(group);
      assertThat(scoreWith.getJsonNumber("achievablePoints").longValue())
          .isGreaterThan(scoreBefore.getJsonNumber("achievablePoints").longValue());
      assertThat(admin.get("score/overview").body()).contains("HIGH 2027");

      // A control taken out of the template is a pending update until accepted.
      long ac2 = controlId(admin, templateId, "AC-2");
      assertThat(
              admin
                  .json("DELETE", "api/templates/" + templateId + "/controls/" + ac2, null)
                  .statusCode())
          .isEqualTo(200);
      JsonObject row = row(id);
      assertThat(row.getBoolean("updatePending")).isTrue();
      JsonObject update = object(admin.get("api/assessments/" + id + "/update"));
      assertThat(update.getJsonArray("controlsRemoved").getString(0)).startsWith("AC-2 ");
      assertThat(update.getJsonArray("actionsRemoved")).hasSize(1);
      HttpResponse<String> accepted =
          admin.json(
              "POST",
              "api/assessments/" + id + "/update",
              "{\"version\":" + update.getInt("assessmentVersion") + "}");
      assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
      assertThat(object(accepted).getBoolean("updatePending")).isFalse();
      assertThat(
              object(admin.get("api/assessments/" + id)).getJsonArray("families").stream()
                  .mapToInt(f -> f.asJsonObject().getJsonArray("controls").size())
                  .sum())
          .isEqualTo(369);
    } finally {
      HttpResponse<String> deleted =
          admin.json(
              "DELETE",
              "api/assessments/"
                  + id
                  + "?confirm="
                  + URLEncoder.encode("HIGH 2027", StandardCharsets.UTF_8).replace("+", "%20"),
              null);
      assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
    }
    assertThat(object(admin.get("api/score")).getJsonNumber("achievablePoints").longValue())
        .isEqualTo(scoreBefore.getJsonNumber("achievablePoints").longValue());
    assertThat(admin.get("api/assessments").body()).doesNotContain(group);
  }

  @Test
  void theGroupRulesAndTheLastAssessmentAreRefusedWithTheirReasons() {
    JsonObject baseline =
        array(admin.get("api/assessments")).stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getString("name").equals("Data Protection Baseline"))
            .findFirst()
            .orElseThrow();
    long templateId = baseline.getJsonNumber("templateId").longValue();

    HttpResponse<String> sameRegulation =
        admin.json(
            "POST",
            "api/assessments",
            "{\"templateId\":"
                + templateId
                + ",\"name\":\"Again "
                + run
                + "\",\"groupId\":"
                + baseline.getJsonNumber("groupId")
                + "}");
    assertThat(sameRegulation.statusCode()).isEqualTo(400);
    assertThat(sameRegulation.body())
        .contains("\"group\"")
        .contains("one assessment per product and regulation");

    HttpResponse<String> groupTaken =
        admin.json(
            "POST",
            "api/assessments",
            "{\"templateId\":"
                + templateId
                + ",\"name\":\"X\",\"newGroupName\":\"default GROUP\"}");
    assertThat(groupTaken.statusCode()).isEqualTo(400);
    assertThat(groupTaken.body())
        .contains("\"newGroupName\"")
        .contains("There is already a group named");

    HttpResponse<String> wrongName =
        admin.json(
            "DELETE", "api/assessments/" + baseline.getJsonNumber("id") + "?confirm=nope", null);
    assertThat(wrongName.statusCode()).isEqualTo(400);
    assertThat(wrongName.body()).contains("\"confirmation\"");
    assertThat(admin.json("DELETE", "api/assessments/999999999?confirm=x", null).statusCode())
        .isEqualTo(404);
    assertThat(admin.get("api/assessments?group=abc").statusCode()).isEqualTo(400);
    assertThat(
            array(admin.get("api/assessments")).stream()
                .map(v -> v.asJsonObject().getString("name")))
        .contains("Data Protection Baseline");
  }

  private JsonObject row(long id) {
    return array(admin.get("api/assessments")).stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow();
  }

  private static long controlId(WebSession session, long templateId, String key) {
    for (JsonValue family :
        object(session.get("api/templates/" + templateId)).getJsonArray("families")) {
      for (JsonValue control : family.asJsonObject().getJsonArray("controls")) {
        if (control.asJsonObject().getString("key").equals(key)) {
          return control.asJsonObject().getJsonNumber("id").longValue();
        }
      }
    }
    throw new AssertionError("No control " + key);
  }

  private static List<String> names(JsonArray lines) {
    return lines.stream().map(v -> v.asJsonObject().getString("name")).toList();
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = AssessmentsIT.class.getClassLoader().getResourceAsStream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonObject object(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  private static JsonArray array(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }
}
