package org.complyscore.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.complyscore.e2e.support.Actions.json;
import static org.complyscore.e2e.support.AutomatedBaseline.CM_6;
import static org.complyscore.e2e.support.AutomatedBaseline.CM_7;
import static org.complyscore.e2e.support.AutomatedBaseline.IA_5_1;
import static org.complyscore.e2e.support.AutomatedBaseline.SC_23;
import static org.complyscore.e2e.support.AutomatedBaseline.SC_8;
import static org.complyscore.e2e.support.AutomatedBaseline.SC_8_1;
import static org.complyscore.e2e.support.AutomatedBaseline.TITLES;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.complyscore.e2e.support.Actions;
import org.complyscore.e2e.support.Collector;
import org.complyscore.e2e.support.Mailbox;
import org.complyscore.e2e.support.TestAccounts;
import org.complyscore.e2e.support.TestAccounts.Account;
import org.complyscore.e2e.support.TokenClient;
import org.complyscore.e2e.support.TokenClient.Issued;
import org.complyscore.e2e.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8's automated monitoring over HTTP (F31, F50): API tokens made by Administrators, shown
 * once and opening only the REST API within their scopes; POST /api/signals refusing bad payloads
 * whole and naming every bad field; the per-token rate limit; and the "done when": the real sample
 * collector run against this server turns the baseline's automated actions into Failed, Passed and
 * Partially tested, the score rises by their points, and a person's test stops automation for that
 * action. Everything this changes on the baseline is put back, so the score is as it was.
 */
class MonitoringIT {

  /** The rate limit of the test server: the application's default. */
  private static final int REQUESTS_PER_MINUTE = 60;

  private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

  private static Mailbox mailbox;
  private static Account administrator;
  private static Account contributor;
  private static Account assessor;

  /** Every token this class made, revoked at the end. */
  private static final List<Long> TOKENS = new ArrayList<>();

  @TempDir Path temp;

  @BeforeAll
  static void people() {
    mailbox = Mailbox.start();
    administrator = TestAccounts.create(mailbox, "ADMINISTRATOR");
    contributor = TestAccounts.create(mailbox, "CONTRIBUTOR");
    assessor = TestAccounts.create(mailbox, "ASSESSOR");
  }

  @AfterAll
  static void revokeTokensAndStopMail() {
    try {
      WebSession admin = administrator.signedIn();
      TOKENS.forEach(id -> TokenClient.revoke(admin, id));
      HttpResponse<String> list = admin.get("api/tokens");
      for (JsonValue row : Actions.jsonArray(list)) {
        if (TOKENS.contains(row.asJsonObject().getJsonNumber("id").longValue())) {
          assertThat(row.asJsonObject().getString("status")).isEqualTo("REVOKED");
        }
      }
    } finally {
      mailbox.close();
    }
  }

  private static Issued issue(WebSession person, String purpose, String... scopes) {
    Issued token = TokenClient.issue(person, "monitoring-it " + purpose + " " + RUN, scopes);
    TOKENS.add(token.id());
    return token;
  }

  // ---------------------------------------------------------------------------------------------
  // Tokens

  @Test
  void tokensAreMadeByAdministratorsShownOnceAndOpenOnlyTheApiWithinTheirScopes() {
    Instant start = Instant.now().minusSeconds(2);
    WebSession admin = administrator.signedIn();

    // An Administrator makes a token: 201 with the secret, this once.
    Issued writer = issue(admin, "writer", "signals:write");
    assertThat(writer.secret()).startsWith("cst_").hasSizeGreaterThanOrEqualTo(40);
    JsonObject row = writer.response().getJsonObject("token");
    assertThat(row.getString("name")).isEqualTo(writer.name());
    assertThat(row.getString("status")).isEqualTo("ACTIVE");
    assertThat(row.getJsonArray("scopes").getString(0)).isEqualTo("signals:write");
    assertThat(row.getJsonArray("scopes")).hasSize(1);
    assertThat(absent(row, "lastUsedAt")).isTrue();

    // The list never shows a secret.
    HttpResponse<String> list = admin.get("api/tokens");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).doesNotContain(writer.secret()).doesNotContain("\"secret\"");
    assertThat(tokenRow(admin, writer.id()).getString("name")).isEqualTo(writer.name());

    // A Contributor makes and sees no tokens.
    WebSession contributorSession = contributor.signedIn();
    HttpResponse<String> refused =
        contributorSession.json(
            "POST",
            "api/tokens",
            "{\"name\":\"contributor's "
                + RUN
                + "\",\"scopes\":[\"signals:write\"],"
                + "\"expiresAt\":\""
                + Instant.now().plus(Duration.ofDays(3))
                + "\"}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(contributorSession.get("api/tokens").statusCode()).isEqualTo(403);
    assertThat(admin.get("api/tokens").body()).doesNotContain("contributor's " + RUN);

    // signals:write posts signals, and makes no session.
    TokenClient machine = writer.client();
    HttpResponse<String> posted =
        machine.postJson("api/signals", signal("it.scope." + RUN, "host-1", "pass", minutesAgo(1)));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    assertThat(json(posted).getInt("stored")).isEqualTo(1);
    assertThat(setsSessionCookie(posted)).as("a bearer request makes no session").isFalse();

    // ... but reads nothing: the scope, not a role, decides.
    HttpResponse<String> score = machine.get("api/score");
    assertProblem(score, 403);
    assertThat(json(score).getString("detail")).contains("scopes");
    assertThat(setsSessionCookie(score)).isFalse();

    // A person's session cookie sent along does not lend the token the person's role.
    String ownerCookie = ownerSessionCookie();
    assertProblem(machine.get("api/score", Map.of("Cookie", "JSESSIONID=" + ownerCookie)), 403);

    // A token never opens a page: the login page, as for anybody without a session.
    for (String page : List.of("score/overview", "settings/monitoring", "actions/list")) {
      HttpResponse<String> response = machine.get(page);
      assertThat(response.statusCode()).as(page).isEqualTo(302);
      assertThat(response.headers().firstValue("Location"))
          .as(page)
          .hasValueSatisfying(location -> assertThat(location).contains("/login"));
    }

    // A read token reads, and posts no signals.
    Issued reader = issue(admin, "reader", "read");
    HttpResponse<String> read = reader.client().get("api/score");
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(json(read).getJsonNumber("achievablePoints").longValue()).isPositive();
    assertThat(reader.client().get("api/automation").statusCode()).isEqualTo(200);
    assertProblem(
        reader
            .client()
            .postJson("api/signals", signal("it.scope." + RUN, "host-2", "pass", minutesAgo(1))),
        403);

    // The list shows when each token was last used.
    Instant now = Instant.now().plusSeconds(2);
    for (Issued used : List.of(writer, reader)) {
      JsonObject usedRow = tokenRow(admin, used.id());
      assertThat(absent(usedRow, "lastUsedAt")).as("last use of %s", used.name()).isFalse();
      assertThat(Instant.parse(usedRow.getString("lastUsedAt"))).isBetween(start, now);
    }

    // Revoked: 401 at once, and no falling back to a session sent along.
    TokenClient.revoke(admin, writer.id());
    HttpResponse<String> revoked =
        machine.postJson("api/signals", signal("it.scope." + RUN, "host-3", "pass", minutesAgo(1)));
    assertProblem(revoked, 401);
    assertThat(json(revoked).getString("detail")).contains("unknown, expired or revoked");
    assertThat(revoked.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    assertProblem(machine.get("api/score", Map.of("Cookie", "JSESSIONID=" + ownerCookie)), 401);
    JsonObject revokedRow = tokenRow(admin, writer.id());
    assertThat(revokedRow.getString("status")).isEqualTo("REVOKED");
    assertThat(absent(revokedRow, "revokedAt")).isFalse();
    assertThat(admin.json("DELETE", "api/tokens/999999999", null).statusCode()).isEqualTo(404);

    // Made-up tokens: 401, whatever they look like.
    for (String garbage :
        List.of("cst_" + UUID.randomUUID().toString().replace("-", "") + "abcdefghij", "xyz")) {
      assertProblem(new TokenClient(garbage).get("api/score"), 401);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Payloads

  @Test
  void badPayloadsAreRefusedWholeWithEveryBadFieldNamed() {
    WebSession admin = administrator.signedIn();
    TokenClient machine = issue(admin, "payloads", "signals:write").client();
    String check = "it.payload." + RUN;
    String at = minutesAgo(2);

    // Not JSON: where it breaks.
    HttpResponse<String> malformed =
        machine.postJson("api/signals", "[{\"checkId\": \"" + check + "\",\n  \"result\": }]");
    assertProblem(malformed, 400);
    assertThat(json(malformed).getString("detail"))
        .containsPattern("\\(line 2, column \\d+\\)")
        .contains("not valid JSON");
    assertThat(errorNames(malformed)).containsExactly("body");

    // Several bad values: each named with its place in the batch, nothing stored.
    String bad =
        "["
            + signal(check, "r0", "pass", at)
            + ","
            + signal(check, "r1", "maybe", at)
            + ","
            + "{\"checkId\":\""
            + check
            + "\",\"resourceId\":\"r2\",\"result\":\"fail\","
            + "\"observedAt\":\"yesterday\"}"
            + ","
            + "{\"checkId\":\""
            + check
            + "\",\"resourceId\":\"r3\",\"result\":\"partial\","
            + "\"fraction\":1.5,\"observedAt\":\""
            + at
            + "\",\"colour\":\"red\"}"
            + ","
            + signal(check, "r4", "pass", Instant.now().plus(Duration.ofHours(2)).toString())
            + "]";
    HttpResponse<String> refused = machine.postJson("api/signals", bad);
    assertProblem(refused, 400);
    assertThat(errorNames(refused))
        .containsExactlyInAnyOrder(
            "[1].result",
            "[2].severity",
            "[2].observedAt",
            "[3].colour",
            "[3].fraction",
            "[4].observedAt");
    assertThat(errorNames(refused))
        .as("the errors in the order of the batch")
        .extracting(name -> Integer.parseInt(name.substring(1, name.indexOf(']'))))
        .isSorted();
    assertThat(json(refused).getString("detail"))
        .contains("6 values are not valid")
        .contains("Nothing was stored");
    assertThat(errorMessage(refused, "[1].result")).contains("'maybe' is not one of");
    assertThat(errorMessage(refused, "[4].observedAt")).contains("future");

    // The good part posted again: all new, so none of the refused batch was kept.
    String good =
        "["
            + signal(check, "r0", "pass", at)
            + ","
            + signal(check, "r1", "pass", at)
            + ","
            + failure(check, "r2", "low", at)
            + ","
            + "{\"checkId\":\""
            + check
            + "\",\"resourceId\":\"r3\",\"result\":\"partial\","
            + "\"fraction\":0.5,\"observedAt\":\""
            + at
            + "\"}"
            + ","
            + signal(check, "r4", "pass", at)
            + "]";
    JsonObject receipt = accepted(machine.postJson("api/signals", good));
    assertThat(receipt.getInt("received")).isEqualTo(5);
    assertThat(receipt.getInt("stored")).isEqualTo(5);
    assertThat(receipt.getInt("duplicates")).isZero();

    // Too many, too big, not JSON at all, nothing at all.
    String many =
        IntStream.range(0, 1001)
            .mapToObj(i -> signal(check + ".many", "m" + i, "pass", at))
            .collect(Collectors.joining(",", "[", "]"));
    HttpResponse<String> tooMany = machine.postJson("api/signals", many);
    assertProblem(tooMany, 413);
    assertThat(json(tooMany).getString("detail")).contains("1001 signals").contains("1000");

    String huge =
        "[{\"checkId\":\""
            + check
            + ".huge\",\"resourceId\":\"big\",\"result\":\"pass\","
            + "\"observedAt\":\""
            + at
            + "\",\"detail\":\""
            + "x".repeat(4 * 1024 * 1024 + 1024)
            + "\"}]";
    HttpResponse<String> tooBig = machine.postJson("api/signals", huge);
    assertProblem(tooBig, 413);
    assertThat(json(tooBig).getString("detail")).contains("4 MiB");

    String plain = signal(check + ".plain", "p", "pass", at);
    HttpResponse<String> text =
        machine.send(
            "POST", "api/signals", "text/plain", plain.getBytes(StandardCharsets.UTF_8), Map.of());
    assertProblem(text, 415);
    assertThat(accepted(machine.postJson("api/signals", plain)).getInt("stored"))
        .as("the text/plain post stored nothing")
        .isEqualTo(1);

    HttpResponse<String> empty = machine.postJson("api/signals", "[]");
    assertProblem(empty, 400);
    assertThat(errorNames(empty)).containsExactly("signals");

    // The same signal twice: counted, not stored again; also twice in one batch.
    String same = signal(check + ".same", "s", "pass", at);
    JsonObject first = accepted(machine.postJson("api/signals", same));
    assertThat(first.getInt("stored")).isEqualTo(1);
    assertThat(first.getInt("duplicates")).isZero();
    JsonObject second = accepted(machine.postJson("api/signals", same));
    assertThat(second.getInt("received")).isEqualTo(1);
    assertThat(second.getInt("stored")).isZero();
    assertThat(second.getInt("duplicates")).isEqualTo(1);
    assertThat(second.getInt("actionsChanged")).isZero();
    String twice = signal(check + ".twice", "t", "pass", at);
    JsonObject batch = accepted(machine.postJson("api/signals", "[" + twice + "," + twice + "]"));
    assertThat(batch.getInt("received")).isEqualTo(2);
    assertThat(batch.getInt("stored")).isEqualTo(1);
    assertThat(batch.getInt("duplicates")).isEqualTo(1);

    // Checks no action listens to are named, sorted; the signals wait for testing logic.
    JsonObject unknown =
        accepted(
            machine.postJson(
                "api/signals",
                "["
                    + signal("zz.unknown." + RUN, "u", "pass", at)
                    + ","
                    + signal("aa.unknown." + RUN, "u", "pass", at)
                    + "]"));
    assertThat(unknown.getInt("stored")).isEqualTo(2);
    assertThat(unknown.getJsonArray("unknownChecks").getValuesAs(JsonValue::toString))
        .containsExactly("\"aa.unknown." + RUN + "\"", "\"zz.unknown." + RUN + "\"");
    assertThat(unknown.getInt("actionsChanged")).isZero();
  }

  // ---------------------------------------------------------------------------------------------
  // Rate limit

  @Test
  void aTokenMakesSixtyRequestsAMinuteThenGets429WithRetryAfter() throws InterruptedException {
    WebSession admin = administrator.signedIn();
    for (int attempt = 1; attempt <= 2; attempt++) {
      awayFromTheEndOfTheMinute();
      TokenClient machine = issue(admin, "rate " + attempt, "read").client();
      long firstMinute = minuteNow();
      List<Integer> before = new ArrayList<>();
      HttpResponse<String> limited = null;
      for (int i = 0; i < 2 * REQUESTS_PER_MINUTE && limited == null; i++) {
        HttpResponse<String> response = machine.get("api/automation");
        if (response.statusCode() == 429) {
          limited = response;
        } else {
          before.add(response.statusCode());
        }
      }
      long secondsLeft = 60 - Instant.now().getEpochSecond() % 60;
      long lastMinute = minuteNow();
      assertThat(limited)
          .as("a 429 within %s requests (%s before it)", 2 * REQUESTS_PER_MINUTE, before)
          .isNotNull();
      if (firstMinute != lastMinute) {
        // The minute turned while counting: the requests were not one window's. Once more.
        continue;
      }
      assertThat(before).as("the answers before the 429").hasSize(REQUESTS_PER_MINUTE);
      assertThat(before).containsOnly(200);
      assertProblem(limited, 429);
      assertThat(json(limited).getString("detail"))
          .contains(REQUESTS_PER_MINUTE + " requests a minute");
      long retryAfter =
          Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow().strip());
      assertThat(retryAfter).isBetween(1L, Math.min(60L, secondsLeft + 1));

      // Still limited within the window; another token is not.
      assertThat(machine.get("api/automation").statusCode()).isEqualTo(429);
      assertThat(issue(admin, "rate other " + attempt, "read").client().get("api/automation"))
          .extracting(HttpResponse::statusCode)
          .isEqualTo(200);
      return;
    }
    throw new AssertionError("The minute turned during both attempts; the limit was not seen.");
  }

  // ---------------------------------------------------------------------------------------------
  // Done when: the real collector against this server

  @Test
  void theSampleCollectorTestsTheBaselineActionsAndAPersonsTestStopsAutomation()
      throws IOException {
    WebSession owner = new WebSession();
    owner.signInAsAdmin();
    WebSession admin = administrator.signedIn();
    Actions actions = new Actions(admin);
    BigDecimal scoreBefore = actions.achieved();

    Map<String, Long> states = new LinkedHashMap<>();
    for (String title : TITLES) {
      JsonObject row = actions.rowByTitle(title);
      states.put(title, row.getJsonNumber("stateId").longValue());
      // As on a fresh installation: automated, waiting for a first signal, earning nothing.
      assertThat(row.getString("testingSource")).as(title).isEqualTo("AUTOMATIC");
      assertThat(row.getString("testStatus")).as(title).isEqualTo("TO_BE_DETECTED");
      assertThat(row.getString("implementationStatus")).as(title).isEqualTo("NOT_IMPLEMENTED");
    }

    Issued token = issue(admin, "collector", "signals:write");
    Path tokenFile = temp.resolve("token");
    Files.writeString(tokenFile, token.secret() + "\n");
    Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-------"));
    Path loginDefs = temp.resolve("login.defs");
    Files.writeString(loginDefs, "# password aging\nPASS_MAX_DAYS\t90\nPASS_MIN_DAYS\t1\n");

    // Done when: a policy on test status changes mails its recipients when the collector flips
    // an action (F32). Only Failed (high risk) counts, so exactly SC-8 and SC-8(1) match.
    String soc = TestAccounts.uniqueEmail("soc-collector");
    HttpResponse<String> policy =
        admin.json(
            "POST",
            "api/alert-policies",
            "{\"name\":\"Collector failures "
                + RUN
                + "\",\"condition\":\"TEST_STATUS_CHANGE\",\"severity\":\"HIGH\","
                + "\"statuses\":[\"FAILED_HIGH_RISK\"],\"recipientEmails\":[\""
                + soc
                + "\"]}");
    assertThat(policy.statusCode()).as(policy.body()).isEqualTo(201);
    long policyId = Actions.json(policy).getJsonNumber("id").longValue();

    Throwable failure = null;
    try {
      Collector.Run run = Collector.once(tokenFile, loginDefs, temp);
      assertThat(run.exit()).as(run.toString()).isZero();
      assertThat(run.out())
          .as(run.toString())
          .contains("Posted 9 signals: 9 stored, 0 duplicates, 6 actions changed.")
          .doesNotContain("No action listens to");
      List<String> alerted =
          mailbox.awaitMails(soc, 2, Duration.ofSeconds(30)).stream()
              .map(MonitoringIT::subject)
              .sorted()
              .toList();
      assertThat(alerted)
          .as("one mail per action the collector failed with high risk")
          .hasSize(2)
          .allSatisfy(
              subject ->
                  assertThat(subject)
                      .startsWith("[High] ComplyScore alert \"Collector failures " + RUN)
                      .endsWith("To be detected \u2192 Failed (high risk)"));
      assertThat(alerted.get(0)).contains("SC-8 Transmission Confidentiality and Integrity\"");
      assertThat(alerted.get(1)).contains("SC-8(1) Transmission");

      // SC-8 and SC-8(1): this server speaks plain http.
      for (String title : List.of(SC_8, SC_8_1)) {
        JsonObject details = actions.details(states.get(title));
        assertThat(details.getString("testStatus")).as(title).isEqualTo("FAILED_HIGH_RISK");
        assertThat(details.getString("implementationStatus"))
            .as("a failure implements nothing: %s", title)
            .isEqualTo("NOT_IMPLEMENTED");
        assertThat(listed(actions, title).getString("testStatus")).isEqualTo("FAILED_HIGH_RISK");
      }
      JsonObject sc8 = testing(admin, states.get(SC_8));
      assertThat(sc8.getBoolean("automated")).isTrue();
      assertThat(result(sc8, "web.tls").getString("result")).isEqualTo("FAIL");
      assertThat(result(sc8, "web.tls").getString("severity")).isEqualTo("HIGH");
      assertThat(result(sc8, "web.tls").getString("detail"))
          .isEqualTo("Served over plain HTTP, not HTTPS.");
      assertThat(result(sc8, "web.hsts").getString("detail")).contains("Not served over HTTPS");

      // CM-6: the application sends the headers; CM-7: the server does not tell its version.
      for (String title : List.of(CM_6, CM_7, IA_5_1)) {
        JsonObject details = actions.details(states.get(title));
        assertThat(details.getString("testStatus")).as(title).isEqualTo("PASSED");
        assertThat(details.getString("implementationStatus"))
            .as("found in place: %s", title)
            .isEqualTo("IMPLEMENTED");
        assertThat(absent(details, "testDate")).as("automation sets no test date").isTrue();
        assertThat(details.getJsonNumber("achievedPoints").bigDecimalValue())
            .isEqualByComparingTo(BigDecimal.valueOf(details.getInt("points")));
        assertThat(listed(actions, title).getString("testStatus")).isEqualTo("PASSED");
      }
      JsonObject cm6 = testing(admin, states.get(CM_6));
      assertThat(cm6.getJsonArray("results")).hasSize(4);
      assertThat(
              cm6.getJsonArray("results").stream().map(r -> r.asJsonObject().getString("result")))
          .containsOnly("PASS");
      assertThat(
              result(testing(admin, states.get(IA_5_1)), "host.password-max-age")
                  .getString("detail"))
          .contains("90");

      // SC-23: the session cookie is HttpOnly and SameSite=Lax, but not Secure on http.
      JsonObject sc23Details = actions.details(states.get(SC_23));
      assertThat(sc23Details.getString("testStatus")).isEqualTo("PARTIALLY_TESTED");
      assertThat(sc23Details.getString("implementationStatus")).isEqualTo("IMPLEMENTED");
      JsonObject cookie = result(testing(admin, states.get(SC_23)), "web.session-cookie");
      assertThat(cookie.getString("result")).isEqualTo("PARTIAL");
      BigDecimal fraction = cookie.getJsonNumber("fraction").bigDecimalValue();
      assertThat(fraction).isEqualByComparingTo("0.6667");
      assertThat(cookie.getString("detail"))
          .isEqualTo("The session cookie JSESSIONID is HttpOnly, SameSite=Lax but lacks Secure.");
      BigDecimal sc23Points = BigDecimal.valueOf(sc23Details.getInt("points"));
      assertThat(sc23Details.getJsonNumber("achievedPoints").bigDecimalValue())
          .isEqualByComparingTo(sc23Points.multiply(fraction));

      // The Testing tab shows what the collector saw, in its words.
      String sc8Page = admin.get("actions/details?id=" + states.get(SC_8)).body();
      assertThat(sc8Page)
          .contains("<code>web.tls</code>")
          .contains("<code>web.hsts</code>")
          .contains("Served over plain HTTP, not HTTPS.");
      assertThat(admin.get("actions/details?id=" + states.get(SC_23)).body())
          .contains("The session cookie JSESSIONID is HttpOnly, SameSite=Lax but lacks Secure.");

      // The score: the passed actions' points, and SC-23's share.
      BigDecimal expected =
          points(actions, states.get(CM_6))
              .add(points(actions, states.get(CM_7)))
              .add(points(actions, states.get(IA_5_1)))
              .add(sc23Points.multiply(fraction));
      BigDecimal scoreAfter = actions.achieved();
      assertThat(scoreAfter.subtract(scoreBefore))
          .as("the score's rise")
          .isCloseTo(expected, within(new BigDecimal("0.01")));

      // A person records a test: automation is off for that action, and signals leave it alone.
      JsonObject cm6Details = actions.details(states.get(CM_6));
      HttpResponse<String> manual =
          assessor
              .signedIn()
              .json(
                  "PUT",
                  "api/actions/" + states.get(CM_6) + "/test",
                  "{\"version\":"
                      + cm6Details.getJsonNumber("version")
                      + ",\"status\":\"FAILED_MEDIUM_RISK\","
                      + "\"notes\":\"The policy of the proxy in front overrides the headers.\"}");
      assertThat(manual.statusCode()).as(manual.body()).isEqualTo(200);
      assertThat(json(manual).getString("testingSource")).isEqualTo("MANUAL");
      assertThat(json(manual).getString("testStatus")).isEqualTo("FAILED_MEDIUM_RISK");
      assertThat(testing(admin, states.get(CM_6)).getBoolean("automated")).isFalse();

      Collector.Run again = Collector.once(tokenFile, loginDefs, temp);
      assertThat(again.exit()).as(again.toString()).isZero();
      Matcher posted =
          Pattern.compile("Posted 9 signals: (\\d+) stored, (\\d+) duplicates, (\\d+) actions")
              .matcher(again.out());
      assertThat(posted.find()).as(again.toString()).isTrue();
      assertThat(posted.group(3)).as("actions changed by the second round").isEqualTo("0");
      JsonObject cm6After = actions.details(states.get(CM_6));
      assertThat(cm6After.getString("testStatus")).isEqualTo("FAILED_MEDIUM_RISK");
      assertThat(cm6After.getString("testingSource")).isEqualTo("MANUAL");
      assertThat(cm6After.getString("testNotes")).contains("proxy in front");
      assertThat(actions.details(states.get(SC_8)).getString("testStatus"))
          .isEqualTo("FAILED_HIGH_RISK");
    } catch (Throwable t) {
      failure = t;
      throw t;
    } finally {
      try {
        HttpResponse<String> deleted = admin.json("DELETE", "api/alert-policies/" + policyId, null);
        assertThat(deleted.statusCode()).as(deleted.body()).isIn(200, 204);
        putBackUntested(admin, actions, states.values());
        assertThat(actions.achieved())
            .as("the score after putting the baseline back")
            .isEqualByComparingTo(scoreBefore);
      } catch (Throwable cleanup) {
        if (failure == null) {
          throw cleanup;
        }
        failure.addSuppressed(cleanup);
      }
    }
  }

  /**
   * Puts the states back to earning nothing, as on a fresh installation: automation off (stored
   * signals would test them again), then Not implemented, which clears the test.
   */
  private static void putBackUntested(WebSession admin, Actions actions, Iterable<Long> states) {
    for (long stateId : states) {
      JsonObject details = actions.details(stateId);
      if (details.getString("testingSource").equals("AUTOMATIC")) {
        HttpResponse<String> off =
            admin.json("PUT", "api/automation/actions/" + stateId + "/switch", "{\"on\":false}");
        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
        assertThat(json(off).getBoolean("automated")).isFalse();
        details = actions.details(stateId);
      }
      if (!details.getString("implementationStatus").equals("NOT_IMPLEMENTED")
          || !details.getString("testStatus").equals("NONE")) {
        HttpResponse<String> reset =
            admin.json(
                "PUT",
                "api/actions/" + stateId + "/implementation",
                "{\"version\":"
                    + details.getJsonNumber("version")
                    + ",\"status\":\"NOT_IMPLEMENTED\",\"notes\":\"Put back by MonitoringIT.\"}");
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        assertThat(json(reset).getString("testStatus")).isEqualTo("NONE");
      }
      assertThat(actions.details(stateId).getJsonNumber("achievedPoints").bigDecimalValue())
          .isZero();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private static String signal(String check, String resource, String result, String observedAt) {
    return "{\"checkId\":\""
        + check
        + "\",\"resourceId\":\""
        + resource
        + "\",\"result\":\""
        + result
        + "\",\"observedAt\":\""
        + observedAt
        + "\",\"detail\":\"Seen by MonitoringIT.\"}";
  }

  private static String failure(String check, String resource, String severity, String at) {
    return "{\"checkId\":\""
        + check
        + "\",\"resourceId\":\""
        + resource
        + "\",\"result\":\"fail\",\"severity\":\""
        + severity
        + "\",\"observedAt\":\""
        + at
        + "\"}";
  }

  private static String minutesAgo(int minutes) {
    return Instant.now()
        .minus(Duration.ofMinutes(minutes))
        .truncatedTo(ChronoUnit.SECONDS)
        .toString();
  }

  private static JsonObject accepted(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = json(response);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("detail")).isNotBlank();
  }

  private static List<String> errorNames(HttpResponse<String> problem) {
    return json(problem).getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("name"))
        .toList();
  }

  private static String errorMessage(HttpResponse<String> problem, String name) {
    return json(problem).getJsonArray("errors").stream()
        .map(JsonValue::asJsonObject)
        .filter(e -> e.getString("name").equals(name))
        .map(e -> e.getString("message"))
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject tokenRow(WebSession admin, long id) {
    HttpResponse<String> list = admin.get("api/tokens");
    assertThat(list.statusCode()).isEqualTo(200);
    return Actions.jsonArray(list).stream()
        .map(JsonValue::asJsonObject)
        .filter(row -> row.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("No token " + id + " in " + list.body()));
  }

  private static boolean absent(JsonObject object, String key) {
    return !object.containsKey(key) || object.isNull(key);
  }

  private static boolean setsSessionCookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .anyMatch(cookie -> cookie.startsWith("JSESSIONID="));
  }

  private static String ownerSessionCookie() {
    WebSession owner = new WebSession();
    owner.signInAsAdmin();
    assertThat(owner.get("score/overview").statusCode()).isEqualTo(200);
    return owner.cookie("JSESSIONID").orElseThrow();
  }

  private static JsonObject testing(WebSession session, long stateId) {
    HttpResponse<String> response = session.get("api/automation/actions/" + stateId);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  private static JsonObject result(JsonObject testing, String checkId) {
    return testing.getJsonArray("results").stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getString("checkId").equals(checkId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No result of " + checkId + " in " + testing));
  }

  private static JsonObject listed(Actions actions, String title) {
    return actions.rowByTitle(title);
  }

  private static BigDecimal points(Actions actions, long stateId) {
    return BigDecimal.valueOf(actions.details(stateId).getInt("points"));
  }

  private static long minuteNow() {
    return Instant.now().getEpochSecond() / 60;
  }

  /** Waits for the next minute when this one has less than 25 seconds left. */
  private static void awayFromTheEndOfTheMinute() throws InterruptedException {
    long second = Instant.now().getEpochSecond() % 60;
    if (second >= 35) {
      Thread.sleep((60 - second) * 1000 + 200);
    }
  }

  private static String subject(jakarta.mail.internet.MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
