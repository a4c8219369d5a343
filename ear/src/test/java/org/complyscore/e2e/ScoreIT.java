package org.complyscore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.complyscore.e2e.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The installation's score, on the Overview and over REST: the built-in Data Protection Baseline
 * and its 4,585 points. (That a fresh installation starts at 0 % is BaselineSetupIT's; here other
 * end-to-end tests share the server and earn points, so the page is held to the API's numbers.)
 */
class ScoreIT {

  private static final int BASELINE_POINTS = 4585;

  private final WebSession browser = new WebSession();

  @BeforeEach
  void signIn() {
    browser.signInAsAdmin();
  }

  private static JsonObject json(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  @Test
  void theOverviewShowsTheBaselineScoreWithItsPoints() {
    JsonObject score = json(browser.get("api/score"));
    HttpResponse<String> overview = browser.get("score/overview");

    String percent =
        score
                .getJsonNumber("percent")
                .bigDecimalValue()
                .setScale(1, java.math.RoundingMode.HALF_UP)
                .toPlainString()
            + "\u00a0%";
    String achieved =
        new java.text.DecimalFormat(
                "#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH))
            .format(score.getJsonNumber("achievedPoints").bigDecimalValue());
    assertThat(overview.statusCode()).isEqualTo(200);
    assertThat(overview.body())
        .contains("Compliance score")
        .contains(percent)
        .contains(achieved + " of 4,585 points achieved")
        .contains("Data Protection Baseline")
        .contains("Key improvement actions");
  }

  @Test
  void theRestApiGivesTheSameNumbers() {
    HttpResponse<String> response = browser.get("api/score");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonObject score = json(response);
    BigDecimal achieved = score.getJsonNumber("achievedPoints").bigDecimalValue();
    assertThat(score.getJsonNumber("achievablePoints").longValue()).isEqualTo(BASELINE_POINTS);
    assertThat(score.getJsonNumber("percent").bigDecimalValue())
        .isEqualByComparingTo(
            achieved
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(BASELINE_POINTS), 1, java.math.RoundingMode.HALF_UP));
    assertThat(score.getJsonArray("byAssessment")).hasSize(1);
    JsonObject baseline = score.getJsonArray("byAssessment").getJsonObject(0);
    assertThat(baseline.getString("name")).isEqualTo("Data Protection Baseline");
    assertThat(baseline.getJsonNumber("achievablePoints").longValue()).isEqualTo(BASELINE_POINTS);
    assertThat(baseline.getJsonNumber("actions").longValue()).isEqualTo(287);
    assertThat(score.getJsonArray("byCategory")).hasSizeGreaterThan(5);
    assertThat(score.getJsonArray("bySolution")).hasSizeGreaterThan(5);
    assertThat(score.getJsonArray("byGroup").getJsonObject(0).getString("name"))
        .isEqualTo("Default group");
    assertThat(score.getJsonArray("byRegulation").getJsonObject(0).getString("name"))
        .isEqualTo("NIST SP 800-53 Rev 5 MODERATE");
    assertThat(score.getJsonArray("keyActions")).hasSize(10);
    // Most points to gain first; no action of the baseline has more than 27.
    List<BigDecimal> gains =
        score.getJsonArray("keyActions").stream()
            .map(a -> a.asJsonObject().getJsonNumber("pointsToGain").bigDecimalValue())
            .toList();
    assertThat(gains).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(gains.get(0)).isLessThanOrEqualTo(BigDecimal.valueOf(27)).isPositive();
  }

  @Test
  void filtersNarrowTheScore() {
    JsonObject technical = json(browser.get("api/score?type=TECHNICAL"));
    JsonObject documentation = json(browser.get("api/score?type=documentation&owner=ORGANIZATION"));
    JsonObject nothing = json(browser.get("api/score?regulation=No+such+regulation"));

    long all = BASELINE_POINTS;
    assertThat(technical.getJsonNumber("achievablePoints").longValue())
        .isPositive()
        .isLessThan(all);
    assertThat(documentation.getJsonNumber("achievablePoints").longValue())
        .isPositive()
        .isLessThan(all);
    assertThat(nothing.getJsonNumber("achievablePoints").longValue()).isZero();
    assertThat(nothing.getJsonArray("byAssessment")).isEmpty();
  }

  @Test
  void aBadFilterValueIsA400ProblemNamingTheParameter() {
    HttpResponse<String> response =
        browser.get("api/score?type=MAGICAL&group=abc&purpose=DETECTIVE");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonObject problem = json(response);
    assertThat(problem.getInt("status")).isEqualTo(400);
    assertThat(problem.getJsonArray("errors"))
        .extracting(e -> e.asJsonObject().getString("name"))
        .containsExactlyInAnyOrder("type", "group");
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("message"))
        .contains("'MAGICAL' is not one of TECHNICAL, OPERATIONAL, DOCUMENTATION");
  }

  @Test
  void withoutASessionTheApiAnswers401NotALoginPage() {
    HttpResponse<String> response = new WebSession().get("api/score");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).getString("detail")).contains("Sign in first");
  }

  @Test
  void anUnknownApiPathIsA404Problem() {
    HttpResponse<String> response = browser.get("api/no-such-thing");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).getInt("status")).isEqualTo(404);
  }
}
