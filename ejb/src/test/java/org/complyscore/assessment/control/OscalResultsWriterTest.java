package org.complyscore.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OscalResultsWriterTest {

  private static final String SYSTEM = "Example Corp";

  @Test
  void writesADocumentThatTheOfficialSchemaAccepts() {
    assertThat(OscalSchema.errors(written(SampleReports.report(SampleReports.AS_OF)))).isEmpty();
  }

  @Test
  void writesAValidDocumentForAnAssessmentWithoutControlsOrAParty() {
    String json = write(SampleReports.empty(), null, null);

    assertThat(OscalSchema.errors(json)).isEmpty();
    JsonObject result = results(json).getJsonArray("results").getJsonObject(0);
    assertThat(result.containsKey("findings")).isFalse();
    assertThat(result.containsKey("observations")).isFalse();
    assertThat(results(json).getJsonObject("metadata").containsKey("parties")).isFalse();
  }

  @Test
  void describesTheDocumentAndPointsImportApAtAResourceThatSaysNoPlanWasUsed() {
    JsonObject document = results(written(SampleReports.report(SampleReports.AS_OF)));

    JsonObject metadata = document.getJsonObject("metadata");
    assertThat(metadata.getString("title")).isEqualTo("Baseline 2025: assessment results");
    assertThat(metadata.getString("last-modified")).isEqualTo("2025-03-14T09:26:53Z");
    assertThat(metadata.getString("oscal-version")).isEqualTo("1.1.3");
    JsonObject party = metadata.getJsonArray("parties").getJsonObject(0);
    assertThat(party.getString("type")).isEqualTo("organization");
    assertThat(party.getString("name")).isEqualTo(SYSTEM);

    String href = document.getJsonObject("import-ap").getString("href");
    JsonObject resource =
        document.getJsonObject("back-matter").getJsonArray("resources").getJsonObject(0);
    assertThat(href).isEqualTo("#" + resource.getString("uuid"));
    assertThat(resource.getString("description")).contains("No OSCAL assessment plan was used");
  }

  @Test
  void reviewsEveryControlAndFindsEachOnceSatisfiedOnlyWhenPassed() {
    JsonObject result = result(written(SampleReports.report(SampleReports.AS_OF)));

    assertThat(
            result
                .getJsonObject("reviewed-controls")
                .getJsonArray("control-selections")
                .getJsonObject(0)
                .getJsonArray("include-controls")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(control -> control.getString("control-id")))
        .containsExactly("ac-2", "ac-2.1", "sc-7", "sc-8");

    Map<String, JsonObject> targets =
        result.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
            .map(finding -> finding.getJsonObject("target"))
            .collect(Collectors.toMap(target -> target.getString("target-id"), t -> t));
    assertThat(targets).containsOnlyKeys("ac-2", "ac-2.1", "sc-7", "sc-8");
    assertThat(targets.values()).allMatch(t -> t.getString("type").equals("objective-id"));
    assertThat(state(targets.get("ac-2"))).isEqualTo("satisfied");
    assertThat(reason(targets.get("ac-2"))).isEqualTo("pass");
    assertThat(state(targets.get("ac-2.1"))).isEqualTo("not-satisfied");
    assertThat(reason(targets.get("ac-2.1"))).isEqualTo("other");
    assertThat(targets.get("ac-2.1").getJsonObject("status").getString("remarks"))
        .isEqualTo("ComplyScore's control status: In progress.");
    assertThat(state(targets.get("sc-7"))).isEqualTo("not-satisfied");
    assertThat(state(targets.get("sc-8"))).isEqualTo("not-satisfied");
    assertThat(reason(targets.get("sc-8"))).isEqualTo("fail");
  }

  @Test
  void keepsTheDerivedStatusInAPropAndTitlesTheFindingWithTheControl() {
    JsonObject finding =
        result(written(SampleReports.report(SampleReports.AS_OF)))
            .getJsonArray("findings")
            .getJsonObject(1);

    assertThat(finding.getString("title")).isEqualTo("AC-2(1) Automated System Account Management");
    JsonObject prop = finding.getJsonArray("props").getJsonObject(0);
    assertThat(prop.getString("name")).isEqualTo("control-status");
    assertThat(prop.getString("ns")).isEqualTo(OscalResultsWriter.NS);
    assertThat(prop.getString("value")).isEqualTo("IN_PROGRESS");
  }

  @Test
  void observesEachActionStateOnceAndLinksItFromTheFindingsOfItsControls() {
    JsonObject result = result(written(SampleReports.report(SampleReports.AS_OF)));

    List<JsonObject> observations =
        result.getJsonArray("observations").getValuesAs(JsonObject.class);
    assertThat(observations)
        .extracting(o -> o.getString("title"))
        .containsExactly(
            "Review accounts every quarter",
            SampleReports.FORMULA_TITLE,
            "Document the policy",
            "Encrypt traffic between sites");
    Map<String, String> uuidByTitle =
        observations.stream()
            .collect(Collectors.toMap(o -> o.getString("title"), o -> o.getString("uuid")));
    List<JsonObject> findings = result.getJsonArray("findings").getValuesAs(JsonObject.class);
    assertThat(related(findings.get(0)))
        .containsExactly(
            uuidByTitle.get("Review accounts every quarter"),
            uuidByTitle.get(SampleReports.FORMULA_TITLE));
    assertThat(related(findings.get(1)))
        .containsExactly(
            uuidByTitle.get("Review accounts every quarter"),
            uuidByTitle.get("Document the policy"));
    assertThat(findings.get(2).containsKey("related-observations"))
        .as("a control without actions")
        .isFalse();
  }

  @Test
  void describesWhatWasRecordedAndHowItIsChecked() {
    List<JsonObject> observations =
        result(written(SampleReports.report(SampleReports.AS_OF)))
            .getJsonArray("observations")
            .getValuesAs(JsonObject.class);

    JsonObject review = observations.get(0);
    assertThat(review.getString("description"))
        .isEqualTo("Implementation: Implemented on 2025-02-28. Test: Passed on 2025-03-01.");
    assertThat(review.getJsonArray("methods")).containsExactly(Json.createValue("EXAMINE"));
    assertThat(review.getJsonArray("types")).containsExactly(Json.createValue("control-objective"));
    assertThat(review.getString("collected")).isEqualTo("2025-03-02T08:00:00Z");
    assertThat(props(review))
        .containsEntry("implementation-status", "IMPLEMENTED")
        .containsEntry("test-status", "PASSED")
        .containsEntry("owner", "ORGANIZATION")
        .containsEntry("implementation-type", "OPERATIONAL")
        .containsEntry("points", "9");

    JsonObject provider = observations.get(1);
    assertThat(provider.getString("description")).endsWith("Carried out by the service provider.");
    assertThat(provider.getJsonArray("methods")).containsExactly(Json.createValue("TEST"));
    assertThat(provider.containsKey("relevant-evidence")).isFalse();
  }

  @Test
  void pointsTheEvidenceAtLinksAndFileDownloads() {
    List<JsonObject> observations =
        result(written(SampleReports.report(SampleReports.AS_OF)))
            .getJsonArray("observations")
            .getValuesAs(JsonObject.class);

    List<JsonObject> evidence =
        observations.get(0).getJsonArray("relevant-evidence").getValuesAs(JsonObject.class);
    assertThat(evidence.get(0).getString("href"))
        .isEqualTo("https://comply.example.org/complyscore/api/evidence/501/content");
    assertThat(evidence.get(0).getString("description")).isEqualTo("review-2025.pdf (file)");
    assertThat(evidence.get(1).getString("href")).isEqualTo("https://tickets.example.org/42");
    assertThat(evidence.get(1).getString("description")).isEqualTo("Ticket 42 (link)");

    List<JsonObject> firewall =
        observations.get(3).getJsonArray("relevant-evidence").getValuesAs(JsonObject.class);
    assertThat(firewall.get(0).containsKey("href")).as("an address that is no URI").isFalse();
    assertThat(firewall.get(0).getString("description")).isEqualTo("Firewall rules (link)");
    assertThat(firewall.get(1).getString("href"))
        .isEqualTo("https://wiki.example.org/Pr%C3%BCfung");
  }

  @Test
  void stripsWhiteSpaceAndUsesATokenForEveryControlId() {
    String json = written(SampleReports.report(SampleReports.AS_OF));

    assertThat(json).doesNotContain("  Document").doesNotContain("not a token");
    JsonObject metadata = results(write(SampleReports.report(SampleReports.AS_OF), "  \n ", null));
    assertThat(metadata.getJsonObject("metadata").containsKey("parties"))
        .as("a blank system name")
        .isFalse();
  }

  @Test
  void makesTheSameUuidsForTheSameDataSoExportsDifferOnlyInTimestamps() {
    Instant later = SampleReports.AS_OF.plusSeconds(86_400);
    String first = written(SampleReports.report(SampleReports.AS_OF));
    String second = written(SampleReports.report(later));

    assertThat(second).isNotEqualTo(first);
    assertThat(second.replace(OscalResultsWriter.dateTime(later), "NOW"))
        .isEqualTo(first.replace(OscalResultsWriter.dateTime(SampleReports.AS_OF), "NOW"));
  }

  @Test
  void makesVersion5UuidsThatDifferByName() {
    UUID one = OscalResultsWriter.uuid("assessment/7/control/11");
    UUID other = OscalResultsWriter.uuid("assessment/7/control/12");

    assertThat(one.version()).isEqualTo(5);
    assertThat(one.variant()).isEqualTo(2);
    assertThat(one)
        .isEqualTo(OscalResultsWriter.uuid("assessment/7/control/11"))
        .isNotEqualTo(other);
  }

  @Test
  void usesUniqueUuidsInTheDocument() {
    String json = written(SampleReports.report(SampleReports.AS_OF));
    List<String> uuids =
        java.util.regex.Pattern.compile("\"uuid\": ?\"([0-9a-f-]{36})\"")
            .matcher(json)
            .results()
            .map(match -> match.group(1))
            .toList();

    // The document, its back-matter resource, the result, 4 findings and 4 observations.
    assertThat(uuids).hasSize(1 + 1 + 1 + 4 + 4 + 1).doesNotHaveDuplicates();
  }

  @Test
  void leavesTheStreamOpen() throws IOException {
    ClosingWatcher out = new ClosingWatcher();
    OscalResultsWriter.write(SampleReports.report(SampleReports.AS_OF), SYSTEM, null, out);

    assertThat(out.closed).isFalse();
    assertThat(out.size()).isPositive();
    out.write('\n');
  }

  private static final class ClosingWatcher extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }

  private static String written(AssessmentReport report) {
    return write(report, SYSTEM, SampleReports.BASE_URL);
  }

  private static String write(AssessmentReport report, String system, String baseUrl) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OscalResultsWriter.write(report, system, baseUrl, (OutputStream) out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static JsonObject results(String json) {
    return Json.createReader(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
        .readObject()
        .getJsonObject("assessment-results");
  }

  private static JsonObject result(String json) {
    return results(json).getJsonArray("results").getJsonObject(0);
  }

  private static String state(JsonObject target) {
    return target.getJsonObject("status").getString("state");
  }

  private static String reason(JsonObject target) {
    return target.getJsonObject("status").getString("reason");
  }

  private static List<String> related(JsonObject finding) {
    JsonArray related = finding.getJsonArray("related-observations");
    return related.getValuesAs(JsonObject.class).stream()
        .map(r -> r.getString("observation-uuid"))
        .toList();
  }

  private static Map<String, String> props(JsonObject object) {
    return object.getJsonArray("props").getValuesAs(JsonObject.class).stream()
        .collect(
            Collectors.toMap(p -> p.getString("name"), p -> p.getString("value"), (a, b) -> a));
  }
}
