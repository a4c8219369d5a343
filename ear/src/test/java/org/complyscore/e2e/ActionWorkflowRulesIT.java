package org.complyscore.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complyscore.e2e.support.Actions.json;
import static org.complyscore.e2e.support.Actions.jsonArray;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.complyscore.e2e.support.Actions;
import org.complyscore.e2e.support.Mailbox;
import org.complyscore.e2e.support.TestAccounts;
import org.complyscore.e2e.support.TestAccounts.Account;
import org.complyscore.e2e.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of the improvement-action workflow over HTTP against the deployed application (F20 to
 * F28): role limits, refused transitions, optimistic locking, parent actions, evidence checks and
 * downloads, assignment mails, the list's parameters and its totals.
 */
class ActionWorkflowRulesIT {

  private static Mailbox mailbox;
  private static WebSession reader;
  private static WebSession contributor;
  private static WebSession assessor;
  private static Account colleague;
  private static Account thirdPerson;
  private static Actions actions;

  @BeforeAll
  static void people() {
    mailbox = Mailbox.start();
    reader = TestAccounts.create(mailbox, "READER").signedIn();
    contributor = TestAccounts.create(mailbox, "CONTRIBUTOR").signedIn();
    assessor = TestAccounts.create(mailbox, "ASSESSOR").signedIn();
    colleague = TestAccounts.create(mailbox, "CONTRIBUTOR");
    thirdPerson = TestAccounts.create(mailbox, "CONTRIBUTOR");
    actions = new Actions(assessor);
  }

  @AfterAll
  static void stopMail() {
    mailbox.close();
  }

  private static long id(JsonObject details) {
    return details.getJsonNumber("stateId").longValue();
  }

  private static long version(JsonObject details) {
    return details.getJsonNumber("version").longValue();
  }

  private static String today() {
    return LocalDate.now().toString();
  }

  private static JsonObject implemented(String type) {
    JsonObject action = actions.untouched(type);
    HttpResponse<String> done =
        actions.implement(id(action), version(action), "IMPLEMENTED", today());
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    return json(done);
  }

  @Test
  void eachRoleChangesOnlyWhatItMay() {
    JsonObject action = actions.untouched("TECHNICAL");
    String body =
        "{\"version\":" + version(action) + ",\"status\":\"PLANNED\",\"notes\":\"reader tries\"}";

    assertThat(
            reader.json("PUT", "api/actions/" + id(action) + "/implementation", body).statusCode())
        .isEqualTo(403);
    HttpResponse<String> planned =
        contributor.json("PUT", "api/actions/" + id(action) + "/implementation", body);
    assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);

    JsonObject implemented =
        json(
            contributor.json(
                "PUT",
                "api/actions/" + id(action) + "/implementation",
                "{\"version\":" + version(json(planned)) + ",\"status\":\"IMPLEMENTED\"}"));
    String pass = "{\"version\":" + version(implemented) + ",\"status\":\"PASSED\"}";
    assertThat(contributor.json("PUT", "api/actions/" + id(action) + "/test", pass).statusCode())
        .as("a Contributor records no test results")
        .isEqualTo(403);
    assertThat(assessor.json("PUT", "api/actions/" + id(action) + "/test", pass).statusCode())
        .isEqualTo(200);
  }

  @Test
  void aTestNeedsTheActionInPlaceAndAutomationOnlyStatusesAreRefused() {
    JsonObject action = actions.untouched("TECHNICAL");

    HttpResponse<String> early = actions.test(id(action), version(action), "PASSED");
    assertThat(early.statusCode()).isEqualTo(422);
    assertThat(json(early).getString("detail"))
        .contains("only once the action is Implemented or has an Alternative implementation");

    JsonObject implemented = implemented("TECHNICAL");
    HttpResponse<String> partial =
        actions.test(id(implemented), version(implemented), "PARTIALLY_TESTED");
    assertThat(partial.statusCode()).isEqualTo(422);
    assertThat(json(partial).getString("detail")).contains("Only automated testing");
  }

  @Test
  void badValuesAreRefusedNamingTheField() {
    JsonObject action = actions.untouched("TECHNICAL");
    String tomorrow = LocalDate.now().plusDays(1).toString();

    HttpResponse<String> future =
        actions.implement(id(action), version(action), "IMPLEMENTED", tomorrow);
    HttpResponse<String> badStatus = actions.implement(id(action), version(action), "DONE", null);
    HttpResponse<String> badDate =
        actions.implement(id(action), version(action), "IMPLEMENTED", "24.11.2026");
    HttpResponse<String> noVersion =
        assessor.json(
            "PUT", "api/actions/" + id(action) + "/implementation", "{\"status\":\"PLANNED\"}");
    HttpResponse<String> notJson =
        assessor.json("PUT", "api/actions/" + id(action) + "/implementation", "{\"status\":");

    assertThat(List.of(future, badStatus, badDate, noVersion, notJson))
        .extracting(HttpResponse::statusCode)
        .containsOnly(400);
    assertThat(errorField(future)).isEqualTo("implementationDate");
    assertThat(errorField(badStatus)).isEqualTo("status");
    assertThat(json(badStatus).getJsonArray("errors").getJsonObject(0).getString("message"))
        .contains("\"DONE\" is not an implementation status");
    assertThat(errorField(badDate)).isEqualTo("date");
    assertThat(errorField(noVersion)).isEqualTo("version");
    assertThat(actions.details(id(action)).getString("implementationStatus"))
        .as("nothing was saved")
        .isEqualTo("NOT_IMPLEMENTED");
  }

  @Test
  void theSecondOfTwoPeopleSavingTheSameVersionIsToldAndLosesNothingSilently() {
    JsonObject action = actions.untouched("TECHNICAL");
    long seen = version(action);

    HttpResponse<String> first =
        contributor.json(
            "PUT",
            "api/actions/" + id(action) + "/notes",
            "{\"version\":" + seen + ",\"notes\":\"first person\"}");
    HttpResponse<String> second =
        assessor.json(
            "PUT",
            "api/actions/" + id(action) + "/notes",
            "{\"version\":" + seen + ",\"notes\":\"second person\"}");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(second.statusCode()).isEqualTo(422);
    assertThat(json(second).getString("detail"))
        .contains("Test CONTRIBUTOR saved this action while you were editing it")
        .contains("your changes were not saved");
    assertThat(actions.details(id(action)).getString("additionalNotes")).isEqualTo("first person");
  }

  @Test
  void passingATechnicalActionRaisesTheScoreByExactlyItsPointsAndTheHistoryShowsEachStep() {
    JsonObject action = actions.untouched("TECHNICAL");
    int points = action.getInt("points");
    BigDecimal before = actions.achieved();

    JsonObject implemented =
        json(actions.implement(id(action), version(action), "IMPLEMENTED", today()));
    JsonObject passed = json(actions.test(id(implemented), version(implemented), "PASSED"));

    assertThat(passed.getJsonNumber("achievedPoints").intValue()).isEqualTo(points);
    assertThat(actions.achieved()).isEqualByComparingTo(before.add(BigDecimal.valueOf(points)));
    List<JsonObject> history =
        jsonArray(assessor.get("api/actions/" + id(action) + "/history")).stream()
            .map(JsonValue::asJsonObject)
            .toList();
    Map<String, JsonObject> byField =
        history.stream()
            .collect(Collectors.toMap(h -> h.getString("field"), Function.identity(), (a, b) -> a));
    assertThat(byField.get("implementationStatus").getString("oldValue"))
        .isEqualTo("NOT_IMPLEMENTED");
    assertThat(byField.get("implementationStatus").getString("newValue")).isEqualTo("IMPLEMENTED");
    assertThat(byField.get("implementationDate").getString("newValue")).isEqualTo(today());
    assertThat(byField.get("testStatus").getString("newValue")).isEqualTo("PASSED");
    assertThat(history).allSatisfy(h -> assertThat(h.getString("who")).isEqualTo("Test ASSESSOR"));
  }

  @Test
  void aChildMirrorsItsParentAndCyclesAreRefused() {
    JsonObject parent = actions.untouched("TECHNICAL");
    JsonObject child = actions.untouched("TECHNICAL");

    HttpResponse<String> follows =
        assessor.json(
            "PUT",
            "api/actions/" + id(child) + "/testing-source",
            "{\"version\":"
                + version(child)
                + ",\"source\":\"PARENT\",\"parent\":"
                + id(parent)
                + "}");
    assertThat(follows.statusCode()).as(follows.body()).isEqualTo(200);
    assertThat(json(follows).getString("testingSource")).isEqualTo("PARENT");

    JsonObject parentDone =
        json(actions.implement(id(parent), version(parent), "IMPLEMENTED", today()));
    assertThat(
            json(assessor.json(
                    "POST",
                    "api/actions/" + id(parent) + "/evidence/links",
                    "{\"title\":\"Runbook\",\"url\":\"https://intranet.example/runbook\"}"))
                .getString("name"))
        .isEqualTo("Runbook");
    actions.test(id(parentDone), version(parentDone), "PASSED");

    JsonObject mirrored = actions.details(id(child));
    assertThat(mirrored.getString("implementationStatus")).isEqualTo("IMPLEMENTED");
    assertThat(mirrored.getString("testStatus")).isEqualTo("PASSED");
    JsonObject inherited =
        jsonArray(assessor.get("api/actions/" + id(child) + "/evidence")).getJsonObject(0);
    assertThat(inherited.getString("name")).isEqualTo("Runbook");
    assertThat(inherited.getBoolean("inherited")).isTrue();
    assertThat(
            jsonArray(assessor.get("api/actions/" + id(child) + "/history")).stream()
                .map(JsonValue::asJsonObject)
                .filter(h -> h.getString("field").equals("testStatus"))
                .findFirst()
                .orElseThrow()
                .getString("origin"))
        .isEqualTo("PARENT");

    HttpResponse<String> edit = actions.implement(id(child), version(mirrored), "PLANNED", null);
    assertThat(edit.statusCode()).isEqualTo(422);
    assertThat(json(edit).getString("detail")).contains("follows its parent");

    JsonObject parentNow = actions.details(id(parent));
    HttpResponse<String> cycle =
        assessor.json(
            "PUT",
            "api/actions/" + id(parent) + "/testing-source",
            "{\"version\":"
                + version(parentNow)
                + ",\"source\":\"PARENT\",\"parent\":"
                + id(child)
                + "}");
    assertThat(cycle.statusCode()).isEqualTo(422);
    assertThat(json(cycle).getString("detail")).contains("would make a cycle");
  }

  @Test
  void evidenceIsCheckedByNameAndContentAndServedOnlyAsAnAttachment() throws Exception {
    long state = id(actions.untouched("TECHNICAL"));
    String files = "api/actions/" + state + "/evidence/files?name=";
    byte[] pdf =
        "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    byte[] program = new byte[512];
    program[0] = 'M';
    program[1] = 'Z';

    HttpResponse<String> renamed = contributor.upload(files + "report.pdf", program);
    HttpResponse<String> html = contributor.upload(files + "page.html", "<h1>x</h1>".getBytes());
    HttpResponse<String> oversize = contributor.upload(files + "big.pdf", oversizePdf(pdf));
    HttpResponse<String> wrongContent = contributor.upload(files + "photo.png", pdf);
    HttpResponse<String> byReader = reader.upload(files + "report.pdf", pdf);

    assertThat(json(renamed).getJsonArray("errors").getJsonObject(0).getString("message"))
        .contains("program");
    assertThat(json(html).getJsonArray("errors").getJsonObject(0).getString("message"))
        .contains("not an allowed kind of file");
    assertThat(json(oversize).getJsonArray("errors").getJsonObject(0).getString("message"))
        .contains("the largest file allowed is 2 MB");
    assertThat(wrongContent.statusCode()).isEqualTo(400);
    assertThat(byReader.statusCode()).isEqualTo(403);
    assertThat(List.of(renamed, html, oversize))
        .extracting(HttpResponse::statusCode)
        .containsOnly(400);

    HttpResponse<String> traversal = contributor.upload(files + "..%2F..%2Fetc%2Freport.pdf", pdf);
    assertThat(traversal.statusCode()).as(traversal.body()).isEqualTo(201);
    JsonObject stored = json(traversal);
    assertThat(stored.getString("name")).isEqualTo("report.pdf");
    assertThat(stored.getString("sha256"))
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));

    HttpResponse<byte[]> download =
        reader.download("api/evidence/" + stored.getJsonNumber("id").longValue() + "/content");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(pdf);
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment;")
        .contains("filename=\"report.pdf\"");
    assertThat(download.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");

    HttpResponse<String> page =
        contributor.upload(files + "notes.txt", "<script>alert(1)</script>".getBytes());
    assertThat(page.statusCode()).isEqualTo(201);
    HttpResponse<byte[]> text =
        reader.download("api/evidence/" + json(page).getJsonNumber("id").longValue() + "/content");
    assertThat(text.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
    assertThat(text.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment;");
    assertThat(text.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(text.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("sandbox");

    HttpResponse<String> script =
        contributor.json(
            "POST",
            "api/actions/" + state + "/evidence/links",
            "{\"title\":\"x\",\"url\":\"javascript:alert(1)\"}");
    assertThat(script.statusCode()).isEqualTo(400);
    assertThat(errorField(script)).isEqualTo("url");
  }

  @Test
  void evidenceCannotBeDeletedOnceTheActionPassed() {
    JsonObject action = implemented("TECHNICAL");
    JsonObject link =
        json(
            contributor.json(
                "POST",
                "api/actions/" + id(action) + "/evidence/links",
                "{\"title\":\"Policy\",\"url\":\"https://intranet.example/policy\"}"));
    actions.test(id(action), version(action), "PASSED");

    HttpResponse<String> delete =
        contributor.json("DELETE", "api/evidence/" + link.getJsonNumber("id").longValue(), null);

    assertThat(delete.statusCode()).isEqualTo(422);
    assertThat(json(delete).getString("detail"))
        .contains("cannot be deleted once the action is Passed");
    assertThat(jsonArray(reader.get("api/actions/" + id(action) + "/evidence"))).hasSize(1);
  }

  @Test
  void assigningMailsTheAssigneeADeepLinkAndAReassignmentTellsTheNewOne() {
    JsonObject action = actions.untouched("DOCUMENTATION");
    long colleagueId = personId(colleague.email());
    long thirdId = personId(thirdPerson.email());

    HttpResponse<String> assigned =
        contributor.json(
            "POST",
            "api/actions/assign",
            "{\"actions\":[" + id(action) + "],\"assignee\":" + colleagueId + "}");
    assertThat(json(assigned).getInt("changed")).isEqualTo(1);
    // The first mail is the invitation.
    MimeMessage mail = mailbox.awaitMails(colleague.email(), 2, Duration.ofSeconds(30)).get(1);
    assertThat(body(mail))
        .contains("Test CONTRIBUTOR assigned this improvement action to you")
        .contains("/actions/details?id=" + id(action));

    contributor.json(
        "POST",
        "api/actions/assign",
        "{\"actions\":[" + id(action) + "],\"assignee\":" + thirdId + "}");
    assertThat(body(mailbox.awaitMails(thirdPerson.email(), 2, Duration.ofSeconds(30)).get(1)))
        .contains(action.getString("title"));
    assertThat(actions.details(id(action)).getString("assigneeName")).isEqualTo("Test CONTRIBUTOR");

    HttpResponse<String> nobody =
        contributor.json(
            "POST",
            "api/actions/assign",
            "{\"actions\":[" + id(action) + "],\"assignee\":999999999}");
    assertThat(nobody.statusCode()).isEqualTo(400);
    assertThat(errorField(nobody)).isEqualTo("assignee");
  }

  @Test
  void theListRefusesUnknownParametersValuesNamingThem() {
    HttpResponse<String> response = reader.get("api/actions?status=DONE&solution=abc");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(errorField(response)).isIn("status", "solution");
    HttpResponse<String> page = reader.get("actions/list?sort=SIDEWAYS");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("The address asks for a list this page cannot show");
  }

  @Test
  void theListGroupedBySolutionHasTheTotalsOfTheScoresSolutionBreakdown() {
    JsonObject list = json(reader.get("api/actions?groupBy=SOLUTION&passed=true&size=1"));
    JsonObject score = json(reader.get("api/score"));

    Map<String, JsonObject> bySolution =
        score.getJsonArray("bySolution").stream()
            .map(JsonValue::asJsonObject)
            .filter(item -> item.containsKey("id") && !item.isNull("id"))
            .collect(Collectors.toMap(item -> item.getString("name"), Function.identity()));
    List<JsonObject> groups =
        list.getJsonArray("groups").stream()
            .map(JsonValue::asJsonObject)
            .filter(group -> !group.isNull("label"))
            .toList();
    assertThat(groups).hasSize(bySolution.size());
    for (JsonObject group : groups) {
      JsonObject solution = bySolution.get(group.getString("label"));
      assertThat(solution).as(group.getString("label")).isNotNull();
      assertThat(group.getJsonNumber("achievable").longValue())
          .as(group.getString("label"))
          .isEqualTo(solution.getJsonNumber("achievablePoints").longValue());
      assertThat(group.getJsonNumber("achieved").bigDecimalValue())
          .isEqualByComparingTo(solution.getJsonNumber("achievedPoints").bigDecimalValue());
    }
  }

  @Test
  void scriptInNotesIsShownAsTextOnTheDetailsPage() {
    JsonObject action = actions.untouched("TECHNICAL");
    assessor.json(
        "PUT",
        "api/actions/" + id(action) + "/notes",
        "{\"version\":" + version(action) + ",\"notes\":\"<script>alert('notes')</script>\"}");

    HttpResponse<String> page = reader.get("actions/details?id=" + id(action));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .doesNotContain("<script>alert('notes')")
        .contains("&lt;script&gt;alert(");
  }

  @Test
  void theListCanBeNarrowedToTheRowsAPersonTicked() {
    JsonObject first = actions.untouched("TECHNICAL");
    JsonObject second = actions.untouched("DOCUMENTATION");

    JsonObject list =
        json(reader.get("api/actions?id=" + id(first) + "," + id(second) + "&sort=TITLE&dir=asc"));

    assertThat(list.getJsonNumber("total").longValue()).isEqualTo(2);
    assertThat(list.getJsonArray("rows"))
        .extracting(row -> row.asJsonObject().getJsonNumber("stateId").longValue())
        .containsExactlyInAnyOrder(id(first), id(second));
  }

  @Test
  void theExportIsAnXlsxAttachmentOfTheFilteredList() {
    HttpResponse<byte[]> export =
        reader.download("api/actions/export.xlsx?type=TECHNICAL&passed=true");

    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("improvement-actions.xlsx");
    assertThat(new String(export.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
  }

  private static byte[] oversizePdf(byte[] pdf) {
    byte[] big = new byte[3 * 1024 * 1024];
    System.arraycopy(pdf, 0, big, 0, pdf.length);
    return big;
  }

  private static long personId(String email) {
    WebSession owner = new WebSession();
    owner.signInAsAdmin();
    return jsonArray(owner.get("api/users")).stream()
        .map(JsonValue::asJsonObject)
        .filter(user -> email.equals(user.getString("email", "")))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static String errorField(HttpResponse<String> response) {
    return json(response).getJsonArray("errors").getJsonObject(0).getString("name");
  }

  private static String body(MimeMessage mail) {
    return com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)
        .replace("=\r\n", "")
        .replace("=3D", "=");
  }
}
