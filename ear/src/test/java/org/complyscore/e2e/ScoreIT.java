package org.complyscore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.complyscore.e2e.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A fresh installation's score, on the Overview and over REST: the built-in Data Protection
 * Baseline, 0 % of its 4,585 points on day one.
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
    HttpResponse<String> overview = browser.get("score/overview");

    assertThat(overview.statusCode()).isEqualTo(200);
    assertThat(overview.body())
        .contains("Compliance score")
        .contains("0.0\u00a0%")
        .contains("0 of 4,585 points achieved")
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
    assertThat(score.getJsonNumber("percent").bigDecimalValue()).isEqualByComparingTo("0");
    assertThat(score.getJsonNumber("achievedPoints").bigDecimalValue()).isEqualByComparingTo("0");
    assertThat(score.getJsonNumber("achievablePoints").longValue()).isEqualTo(BASELINE_POINTS);
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
    assertThat(
            score
                .getJsonArray("keyActions")
                .getJsonObject(0)
                .getJsonNumber("pointsToGain")
                .intValue())
        .isEqualTo(27);
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
