package org.complyscore.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complyscore.e2e.support.Actions.json;
import static org.complyscore.e2e.support.Actions.jsonArray;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complyscore.e2e.support.Actions;
import org.complyscore.e2e.support.Mailbox;
import org.complyscore.e2e.support.TestAccounts;
import org.complyscore.e2e.support.TestAccounts.Account;
import org.complyscore.e2e.support.TestServer;
import org.complyscore.e2e.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Alert policies and alerts against the deployed application (F32): a policy made over REST e-mails
 * its recipients, through the outbox and a real SMTP server, when an Assessor changes a test
 * status; a threshold mails once, at its Nth match; triage follows its rules and the roles; bad
 * input is refused naming the field. The policies are deleted afterwards, so the changes of later
 * tests raise nothing.
 */
class AlertsIT {

  private static final Pattern ALERT_LINK =
      Pattern.compile("(https?://\\S+/alerts/list\\?alert=(\\d+))");

  private static Mailbox mailbox;
  private static WebSession owner;
  private static WebSession reader;
  private static WebSession contributor;
  private static WebSession assessor;
  private static Account contributorAccount;
  private static final List<Long> POLICIES = new ArrayList<>();

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @BeforeAll
  static void people() {
    mailbox = Mailbox.start();
    owner = new WebSession();
    owner.signInAsAdmin();
    reader = TestAccounts.create(mailbox, "READER").signedIn();
    contributorAccount = TestAccounts.create(mailbox, "CONTRIBUTOR");
    contributor = contributorAccount.signedIn();
    assessor = TestAccounts.create(mailbox, "ASSESSOR").signedIn();
  }

  @AfterAll
  static void deletePoliciesAndStopMail() {
    for (long id : POLICIES) {
      HttpResponse<String> deleted = owner.json("DELETE", "api/alert-policies/" + id, null);
      assertThat(deleted.statusCode()).as(deleted.body()).isIn(204, 404);
    }
    mailbox.close();
  }

  @Test
  void aTestStatusPolicyMailsItsRecipientsWhenAnAssessorFailsAnActionAndTheAlertIsTriaged()
      throws Exception {
    String soc = TestAccounts.uniqueEmail("soc");
    String name = "Failing tests " + run;
    JsonObject policy =
        create(
            "{\"name\":\""
                + name
                + "\",\"condition\":\"TEST_STATUS_CHANGE\",\"severity\":\"HIGH\","
                + "\"statuses\":[\"FAILED_HIGH_RISK\"],\"recipientEmails\":[\""
                + soc
                + "\"]}");
    assertThat(policy.getString("frequency")).isEqualTo("EVERY_MATCH");
    assertThat(policy.getBoolean("enabled")).isTrue();
    long policyId = policy.getJsonNumber("id").longValue();

    Actions actions = new Actions(assessor);
    JsonObject action = actions.untouched("TECHNICAL");
    long stateId = action.getJsonNumber("stateId").longValue();
    String title = action.getString("title");
    HttpResponse<String> implemented =
        actions.implement(
            stateId,
            action.getJsonNumber("version").longValue(),
            "IMPLEMENTED",
            LocalDate.now().toString());
    assertThat(implemented.statusCode()).as(implemented.body()).isEqualTo(200);
    HttpResponse<String> failed =
        actions.test(
            stateId, json(implemented).getJsonNumber("version").longValue(), "FAILED_HIGH_RISK");
    assertThat(failed.statusCode()).as(failed.body()).isEqualTo(200);

    MimeMessage mail = mailbox.awaitMails(soc, 1, Duration.ofSeconds(30)).get(0);
    assertThat(mail.getSubject())
        .isEqualTo(
            "[High] ComplyScore alert \""
                + name
                + "\": Test status of \""
                + title
                + "\": None \u2192 Failed (high risk)");
    String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
    assertThat(body)
        .contains("Changed by Test ASSESSOR.")
        .contains("actions/details?id=" + stateId);
    Matcher link = ALERT_LINK.matcher(body);
    assertThat(link.find()).as(body).isTrue();
    assertThat(link.group(1)).startsWith(TestServer.base().toString());
    long alertId = Long.parseLong(link.group(2));

    JsonObject list = json(reader.get("api/alerts?policy=" + policyId + "&status=active"));
    assertThat(list.getJsonNumber("total").longValue()).isEqualTo(1);
    JsonObject alert = list.getJsonArray("rows").getJsonObject(0);
    assertThat(alert.getJsonNumber("id").longValue()).isEqualTo(alertId);
    assertThat(alert.getString("severity")).isEqualTo("HIGH");
    assertThat(alert.getString("status")).isEqualTo("ACTIVE");
    assertThat(alert.getJsonNumber("stateId").longValue()).isEqualTo(stateId);
    assertThat(alert.getString("oldValue")).isEqualTo("NONE");
    assertThat(alert.getString("newValue")).isEqualTo("FAILED_HIGH_RISK");
    assertThat(alert.getString("origin")).isEqualTo("PERSON");

    // The mail's link opens the alert for anyone signed in.
    HttpResponse<String> page = contributor.get(URI.create(link.group(1)));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("data-alert=\"" + alertId + "\"").contains(title);

    // Triage: Contributors and up; a Reader sees but changes nothing.
    String path = "api/alerts/" + alertId;
    assertThat(reader.json("PUT", path + "/status", "{\"status\":\"INVESTIGATING\"}").statusCode())
        .isEqualTo(403);
    HttpResponse<String> investigating =
        contributor.json("PUT", path + "/status", "{\"status\":\"investigating\"}");
    assertThat(investigating.statusCode()).as(investigating.body()).isEqualTo(200);
    assertThat(json(investigating).getString("status")).isEqualTo("INVESTIGATING");
    assertThat(json(investigating).getString("statusChangedBy")).isEqualTo("Test CONTRIBUTOR");
    long me = idOf(contributorAccount.email());
    HttpResponse<String> assigned =
        contributor.json("PUT", path + "/assignee", "{\"assignee\":" + me + "}");
    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
    assertThat(json(assigned).getString("assigneeName")).isEqualTo("Test CONTRIBUTOR");
    assertThat(
            json(reader.get("api/alerts?assignee=" + me + "&policy=" + policyId))
                .getJsonNumber("total")
                .longValue())
        .isEqualTo(1);
    assertThat(
            json(contributor.json("PUT", path + "/status", "{\"status\":\"RESOLVED\"}"))
                .getString("status"))
        .isEqualTo("RESOLVED");
    HttpResponse<String> refused =
        contributor.json("PUT", path + "/status", "{\"status\":\"DISMISSED\"}");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(json(refused).getString("detail"))
        .isEqualTo("This alert is Resolved: reopen it (Active) before marking it Dismissed.");
    assertThat(json(reader.get(path)).getString("status")).isEqualTo("RESOLVED");
  }

  @Test
  void aThresholdPolicyMailsOnceAtItsSecondMatchWithinTheWindow() throws Exception {
    String team = TestAccounts.uniqueEmail("team");
    JsonObject policy =
        create(
            "{\"name\":\"Planned twice "
                + run
                + "\",\"condition\":\"IMPLEMENTATION_STATUS_CHANGE\",\"severity\":\"low\","
                + "\"frequency\":\"THRESHOLD\",\"thresholdMatches\":2,\"windowMinutes\":60,"
                + "\"statuses\":[\"PLANNED\"],\"recipientEmails\":[\""
                + team
                + "\"]}");
    long policyId = policy.getJsonNumber("id").longValue();
    Actions actions = new Actions(contributor);

    plan(actions);
    assertThat(alertsOf(policyId)).as("after one match").isEmpty();

    plan(actions);
    List<JsonObject> alerts = alertsOf(policyId);
    assertThat(alerts).as("after two matches").hasSize(1);
    assertThat(alerts.get(0).getInt("matchCount")).isEqualTo(2);
    MimeMessage mail = mailbox.awaitMails(team, 1, Duration.ofSeconds(30)).get(0);
    assertThat(mail.getSubject()).startsWith("[Low] ComplyScore alert \"Planned twice " + run);
    assertThat(GreenMailUtil.getBody(mail).replace("=\r\n", "")).contains("2 matching changes");

    plan(actions);
    alerts = alertsOf(policyId);
    assertThat(alerts).as("the third joins the open alert").hasSize(1);
    assertThat(alerts.get(0).getInt("matchCount")).isEqualTo(3);
    // The outbox sends within a second or two here; a second mail would have arrived by now.
    Thread.sleep(3000);
    assertThat(mailbox.mailsTo(team)).hasSize(1);
  }

  @Test
  void badPoliciesAndParametersAreRefusedNamingTheFieldAndNothingIsSaved() {
    create(
        "{\"name\":\"Taken "
            + run
            + "\",\"condition\":\"EVIDENCE_CHANGE\",\"severity\":\"MEDIUM\","
            + "\"recipientEmails\":[\"x-"
            + run
            + "@example.test\"]}");
    int before = jsonArray(owner.get("api/alert-policies")).size();
    String recipients = ",\"recipientEmails\":[\"y@example.test\"]";

    assertRefused(
        "{\"name\":\"A "
            + run
            + "\",\"condition\":\"WEATHER\",\"severity\":\"HIGH\""
            + recipients
            + "}",
        "condition");
    assertRefused(
        "{\"name\":\"B "
            + run
            + "\",\"condition\":\"TEST_STATUS_CHANGE\",\"severity\":\"HIGH\","
            + "\"frequency\":\"THRESHOLD\",\"thresholdMatches\":3"
            + recipients
            + "}",
        "windowMinutes");
    assertRefused(
        "{\"name\":\"C " + run + "\",\"condition\":\"TEST_STATUS_CHANGE\",\"severity\":\"HIGH\"}",
        "recipients");
    assertRefused(
        "{\"name\":\"D "
            + run
            + "\",\"condition\":\"TEST_STATUS_CHANGE\",\"severity\":\"HIGH\","
            + "\"recipientEmails\":[\"<script>@\"]}",
        "recipientEmails");
    assertRefused(
        "{\"name\":\"E "
            + run
            + "\",\"condition\":\"SCORE_CHANGE\",\"severity\":\"HIGH\""
            + recipients
            + "}",
        "scoreThreshold");
    assertRefused(
        "{\"name\":\"taken "
            + run
            + "\",\"condition\":\"EVIDENCE_CHANGE\",\"severity\":\"HIGH\""
            + recipients
            + "}",
        "name");
    HttpResponse<String> noVersion =
        owner.json(
            "PUT",
            "api/alert-policies/" + POLICIES.get(POLICIES.size() - 1),
            "{\"name\":\"F\",\"condition\":\"EVIDENCE_CHANGE\",\"severity\":\"LOW\""
                + recipients
                + "}");
    assertThat(noVersion.statusCode()).isEqualTo(400);
    assertThat(fieldOf(noVersion)).isEqualTo("version");

    assertThat(jsonArray(owner.get("api/alert-policies"))).hasSize(before);
    for (String query : List.of("status=OPEN", "severity=urgent", "assignee=me", "policy=x")) {
      HttpResponse<String> bad = reader.get("api/alerts?" + query);
      assertThat(bad.statusCode()).as(query).isEqualTo(400);
      assertThat(fieldOf(bad)).isEqualTo(query.substring(0, query.indexOf('=')));
    }
    assertThat(owner.get("api/alerts/999999999").statusCode()).isEqualTo(404);
  }

  private static JsonObject create(String body) {
    HttpResponse<String> created = owner.json("POST", "api/alert-policies", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject policy = json(created);
    long id = policy.getJsonNumber("id").longValue();
    POLICIES.add(id);
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/alert-policies/" + id));
    return policy;
  }

  private static void assertRefused(String body, String field) {
    HttpResponse<String> refused = owner.json("POST", "api/alert-policies", body);
    assertThat(refused.statusCode()).as(body + " → " + refused.body()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(fieldOf(refused)).as(refused.body()).isEqualTo(field);
    assertThat(refused.body()).doesNotContain("Exception");
  }

  private static String fieldOf(HttpResponse<String> problem) {
    return json(problem).getJsonArray("errors").getJsonObject(0).getString("name");
  }

  private static List<JsonObject> alertsOf(long policyId) {
    return json(reader.get("api/alerts?policy=" + policyId)).getJsonArray("rows").stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  /** Plans a fresh action: an implementation status change to Planned. */
  private static void plan(Actions actions) {
    JsonObject action = actions.untouched("TECHNICAL");
    HttpResponse<String> planned =
        actions.implement(
            action.getJsonNumber("stateId").longValue(),
            action.getJsonNumber("version").longValue(),
            "PLANNED",
            null);
    assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);
  }

  private static long idOf(String email) {
    return jsonArray(owner.get("api/users")).stream()
        .map(JsonValue::asJsonObject)
        .filter(user -> email.equals(user.getString("email", null)))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }
}
