package org.complyscore.score.view;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.complyscore.score.entity.DailyScore;
import org.complyscore.score.entity.Score;
import org.complyscore.score.entity.ScoreReport;
import org.junit.jupiter.api.Test;

class ScoreChartsTest {

  private static ScoreReport.Item item(String name, long achieved, long achievable) {
    return new ScoreReport.Item(
        1L, name, new Score(BigDecimal.valueOf(achieved), achievable), 3, 1);
  }

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void barsCarryEachPercentageInTheirLabelAndAsData() {
    JsonObject chart =
        parse(
            ScoreCharts.bars(
                List.of(item("Access control", 1, 3), item("Audit", 0, 0)), "Score (%)"));

    assertThat(chart.getString("type")).isEqualTo("bar");
    JsonObject data = chart.getJsonObject("data");
    assertThat(data.getJsonArray("labels").getString(0)).isEqualTo("Access control · 33.3 %");
    assertThat(data.getJsonArray("labels").getString(1)).isEqualTo("Audit · 0.0 %");
    assertThat(data.getJsonArray("datasets").getJsonObject(0).getJsonArray("data").toString())
        .isEqualTo("[33.3,0.0]");
    assertThat(chart.getJsonObject("options").getString("indexAxis")).isEqualTo("y");
  }

  @Test
  void aNameCannotEndTheScriptElementThePageWritesTheChartInto() {
    String json = ScoreCharts.bars(List.of(item("</script><script>alert(1)</script>&", 1, 2)), "x");

    assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&");
    // Still the same name once the browser reads the JSON.
    assertThat(parse(json).getJsonObject("data").getJsonArray("labels").getString(0))
        .startsWith("</script><script>alert(1)</script>&");
  }

  @Test
  void longNamesAreShortenedTheTableBesideHasThemWhole() {
    String name = "N".repeat(60);
    String label =
        parse(ScoreCharts.bars(List.of(item(name, 1, 1)), "x"))
            .getJsonObject("data")
            .getJsonArray("labels")
            .getString(0);

    assertThat(label).isEqualTo("N".repeat(47) + "… · 100.0 %");
  }

  @Test
  void theTrendHasADayPerPointAndPointsOnlyForShortHistories() {
    List<DailyScore> days =
        List.of(
            new DailyScore(LocalDate.of(2026, 11, 23), new Score(BigDecimal.ONE, 4)),
            new DailyScore(LocalDate.of(2026, 11, 24), new Score(BigDecimal.valueOf(2), 4)));
    JsonObject chart = parse(ScoreCharts.trend(days, "Score (%)"));

    assertThat(chart.getString("type")).isEqualTo("line");
    assertThat(chart.getJsonObject("data").getJsonArray("labels").toString())
        .isEqualTo("[\"2026-11-23\",\"2026-11-24\"]");
    JsonObject dataset = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
    assertThat(dataset.getJsonArray("data").toString()).isEqualTo("[25.0,50.0]");
    assertThat(dataset.getInt("pointRadius")).isEqualTo(3);
    assertThat(chart.getJsonObject("options").getBoolean("animation")).isFalse();
  }
}
