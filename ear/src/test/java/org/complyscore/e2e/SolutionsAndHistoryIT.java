package org.complyscore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complyscore.e2e.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Solutions page and API (F30) and the score history (F15): solutions add up to the overall
 * score, their remaining actions are the ones the action list shows, Administrators edit them with
 * clear refusals; a past day's score is read with {@code asOf}.
 */
class SolutionsAndHistoryIT {

  private final WebSession owner = new WebSession();

  @BeforeEach
  void signIn() {
    owner.signInAsAdmin();
  }

  @Test
  void theSolutionsAddUpToTheOverallScoreWithAndWithoutAFilter() {
    for (String filter : List.of("", "?type=TECHNICAL", "?owner=ORGANIZATION&purpose=PREVENTIVE")) {
      JsonObject score = object(owner.get("api/score" + filter));
      JsonArray solutions = array(owner.get("api/solutions" + filter));

      BigDecimal achieved = BigDecimal.ZERO;
      BigDecimal contributions = BigDecimal.ZERO;
      long achievable = 0;
      for (JsonValue value : solutions) {
        JsonObject line = value.asJsonObject();
        achieved = achieved.add(line.getJsonNumber("achievedPoints").bigDecimalValue());
        achievable += line.getJsonNumber("achievablePoints").longValue();
        contributions = contributions.add(line.getJsonNumber("contribution").bigDecimalValue());
      }
      assertThat(achieved)
          .as(filter)
          .isEqualByComparingTo(score.getJsonNumber("achievedPoints").bigDecimalValue());
      assertThat(achievable)
          .as(filter)
          .isEqualTo(score.getJsonNumber("achievablePoints").longValue());
      // Each contribution is rounded to one decimal: together they are off by at most 0.05 each.
      assertThat(contributions.subtract(score.getJsonNumber("percent").bigDecimalValue()).abs())
          .as(filter)
          .isLessThanOrEqualTo(
              new BigDecimal("0.05").multiply(BigDecimal.valueOf(solutions.size())));
      assertThat(solutions.size()).as(filter).isEqualTo(score.getJsonArray("bySolution").size());
    }
  }

  @Test
  void eachSolutionsRemainingActionsAreWhatTheActionListShows() {
    JsonArray solutions = array(owner.get("api/solutions"));
    assertThat(solutions).hasSizeGreaterThan(5);
    for (JsonValue value : solutions.subList(0, 5)) {
      JsonObject line = value.asJsonObject();
      long id = line.getJsonNumber("id").longValue();
      JsonObject list = object(owner.get("api/actions?solution=" + id));
      assertThat(list.getJsonNumber("total").longValue())
          .as(line.getString("name"))
          .isEqualTo(line.getJsonNumber("openActions").longValue());
    }
  }

  @Test
  void theSolutionsPageShowsEveryLineTheTotalAndLinksToTheRemainingActions() {
    JsonArray solutions = array(owner.get("api/solutions"));
    JsonObject score = object(owner.get("api/score"));
    String page = owner.get("solutions/list").body();

    assertThat(count(page, "<tr class=\"cs-solution\"")).isEqualTo(solutions.size());
    JsonObject first = solutions.getJsonObject(0);
    long firstId = first.getJsonNumber("id").longValue();
    assertThat(page)
        .contains("/actions/list?solution=" + firstId + "\">" + first.getInt("openActions") + "<");
    Matcher total =
        Pattern.compile("id=\"solutions-total\".*?cs-points\">\\s*([^<]+?)\\s*<", Pattern.DOTALL)
            .matcher(page);
    assertThat(total.find()).isTrue();
    assertThat(total.group(1))
        .isEqualTo(
            new java.text.DecimalFormat(
                        "#,##0.##",
                        java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH))
                    .format(score.getJsonNumber("achievedPoints").bigDecimalValue())
                + " / "
                + String.format(
                    java.util.Locale.ENGLISH,
                    "%,d",
                    score.getJsonNumber("achievablePoints").longValue()));
  }

  @Test
  void anAdministratorEditsASolutionAndItsOpenLinkOpensInANewTab() {
    JsonObject solution = array(owner.get("api/solutions")).getJsonObject(1);
    long id = solution.getJsonNumber("id").longValue();
    String name = solution.getString("name");
    long version = solution.getJsonNumber("version").longValue();
    try {
      HttpResponse<String> saved =
          owner.json(
              "PUT",
              "api/solutions/" + id,
              "{\"version\":"
                  + version
                  + ",\"name\":\"  "
                  + name
                  + "  \",\"description\":\"Where <b>this</b> is done\",\"url\":\"https://tools.example.test/open\"}");
      assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
      JsonObject after = object(saved);
      assertThat(after.getString("name")).isEqualTo(name);
      assertThat(after.getString("url")).isEqualTo("https://tools.example.test/open");
      assertThat(after.getJsonNumber("version").longValue()).isEqualTo(version + 1);

      String page = owner.get("solutions/list").body();
      assertThat(page)
          .containsPattern(
              "<a href=\"https://tools.example.test/open\"(?=[^>]*target=\"_blank\")"
                  + "(?=[^>]*rel=\"noopener noreferrer\")")
          .contains("Where &lt;b&gt;this&lt;/b&gt; is done")
          .doesNotContain("<b>this</b>");

      // The version read before the save is stale now.
      HttpResponse<String> stale =
          owner.json("PUT", "api/solutions/" + id, "{\"version\":" + version + ",\"name\":\"x\"}");
      assertThat(stale.statusCode()).isEqualTo(422);
      assertThat(object(stale).getString("detail")).contains("Someone else changed this solution");

      HttpResponse<String> script =
          owner.json(
              "PUT",
              "api/solutions/" + id,
              "{\"version\":" + (version + 1) + ",\"name\":\"x\",\"url\":\"javascript:alert(1)\"}");
      assertThat(script.statusCode()).isEqualTo(400);
      assertThat(object(script).getJsonArray("errors").getJsonObject(0).getString("name"))
          .isEqualTo("url");

      String otherName = array(owner.get("api/solutions")).getJsonObject(0).getString("name");
      HttpResponse<String> duplicate =
          owner.json(
              "PUT",
              "api/solutions/" + id,
              "{\"version\":" + (version + 1) + ",\"name\":\"" + otherName + "\"}");
      assertThat(duplicate.statusCode()).isEqualTo(400);
      assertThat(object(duplicate).getString("detail")).contains("already a solution named");

      HttpResponse<String> blank =
          owner.json(
              "PUT", "api/solutions/" + id, "{\"version\":" + (version + 1) + ",\"name\":\" \"}");
      assertThat(blank.statusCode()).isEqualTo(400);
      assertThat(owner.get("api/solutions").body()).contains("\"name\":\"" + name + "\"");
    } finally {
      JsonObject now =
          array(owner.get("api/solutions")).stream()
              .map(JsonValue::asJsonObject)
              .filter(s -> s.containsKey("id") && s.getJsonNumber("id").longValue() == id)
              .findFirst()
              .orElseThrow();
      owner.json(
          "PUT",
          "api/solutions/" + id,
          "{\"version\":"
              + now.getJsonNumber("version").longValue()
              + ",\"name\":\""
              + name
              + "\"}");
    }
    assertThat(owner.get("api/audit-events").body()).contains("SOLUTION_CHANGED");
  }

  @Test
  void todaysSnapshotIsReadWithAsOfAndTheHistoryListsIt() {
    String today = LocalDate.now().toString();
    JsonObject asOf = object(owner.get("api/score?asOf=" + today));
    assertThat(asOf.getString("asOf")).isEqualTo(today);
    assertThat(asOf.getJsonNumber("achievablePoints").longValue()).isEqualTo(4585);
    assertThat(asOf.getJsonArray("byAssessment").getJsonObject(0).getString("name"))
        .isEqualTo("Data Protection Baseline");
    assertThat(asOf.getJsonArray("keyActions")).isEmpty();

    JsonArray history = array(owner.get("api/score/history?days=7"));
    assertThat(history.getJsonObject(history.size() - 1).getString("day")).isEqualTo(today);
  }

  @Test
  void badHistoryRequestsAreRefusedNamingTheParameter() {
    assertProblem(owner.get("api/score?asOf=yesterday"), 400, "asOf", "is not a date");
    assertProblem(owner.get("api/score?asOf=2999-01-01"), 400, "asOf", "has not happened yet");
    assertProblem(
        owner.get("api/score?asOf=" + LocalDate.now() + "&type=TECHNICAL"),
        400,
        "asOf",
        "without filters");
    assertProblem(owner.get("api/score/history?days=0"), 400, "days", "from 1 to");
    assertProblem(owner.get("api/score/history?days=abc"), 400, "days", "from 1 to");
    HttpResponse<String> before = owner.get("api/score?asOf=2001-01-01");
    assertThat(before.statusCode()).isEqualTo(404);
    assertThat(object(before).getString("detail")).contains("The score history starts on");
  }

  private static void assertProblem(
      HttpResponse<String> response, int status, String parameter, String message) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonObject error = object(response).getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("name")).isEqualTo(parameter);
    assertThat(error.getString("message")).contains(message);
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  private static JsonObject object(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  private static JsonArray array(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }
}
