package org.complyscore.score.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import org.complyscore.score.entity.DailyScore;
import org.complyscore.score.entity.ScoreReport;

/**
 * The Overview's charts as Chart.js configurations for PrimeFaces' {@code p:chart}. Every chart's
 * numbers are also on the page as text (a table next to it), for screen readers and for copying.
 *
 * <p>Names come from templates, which people import: the JSON is built by a JSON writer, and {@code
 * <}, {@code >} and {@code &} are escaped on top, because PrimeFaces writes the configuration into
 * a script element, where a name holding {@code </script>} would otherwise end it.
 */
final class ScoreCharts {

  private static final String BAR_COLOUR = "#2563eb";
  private static final String TREND_COLOUR = "#0f766e";

  /** The height of one bar in pixels; a chart is as tall as its bars need. */
  static final int BAR_HEIGHT = 28;

  private ScoreCharts() {}

  /** Horizontal bars of the items' percentages, each label ending in its percentage. */
  static String bars(List<ScoreReport.Item> items, String seriesLabel) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (ScoreReport.Item item : items) {
      BigDecimal percent = item.score().percent();
      labels.add(shortened(item.name()) + " · " + percent.toPlainString() + " %");
      values.add(percent);
    }
    JsonObjectBuilder dataset =
        Json.createObjectBuilder()
            .add("label", seriesLabel)
            .add("data", values)
            .add("backgroundColor", BAR_COLOUR);
    JsonObjectBuilder options =
        common()
            .add("indexAxis", "y")
            .add(
                "scales",
                Json.createObjectBuilder()
                    .add("x", percentAxis())
                    // Every bar keeps its label: the chart is as tall as its bars need.
                    .add(
                        "y",
                        Json.createObjectBuilder()
                            .add("ticks", Json.createObjectBuilder().add("autoSkip", false))));
    return chart("bar", labels, dataset, options);
  }

  /** The overall score of each day, as a line from 0 to 100 %. */
  static String trend(List<DailyScore> days, String seriesLabel) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (DailyScore day : days) {
      labels.add(day.day().toString());
      values.add(day.score().percent());
    }
    JsonObjectBuilder dataset =
        Json.createObjectBuilder()
            .add("label", seriesLabel)
            .add("data", values)
            .add("borderColor", TREND_COLOUR)
            .add("backgroundColor", TREND_COLOUR)
            .add("pointRadius", days.size() > 30 ? 0 : 3)
            .add("fill", false);
    JsonObjectBuilder options =
        common().add("scales", Json.createObjectBuilder().add("y", percentAxis()));
    return chart("line", labels, dataset, options);
  }

  private static String chart(
      String type, JsonArrayBuilder labels, JsonObjectBuilder dataset, JsonObjectBuilder options) {
    JsonObjectBuilder config =
        Json.createObjectBuilder()
            .add("type", type)
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("labels", labels)
                    .add("datasets", Json.createArrayBuilder().add(dataset)))
            .add("options", options);
    return safe(config.build().toString());
  }

  private static JsonObjectBuilder percentAxis() {
    return Json.createObjectBuilder().add("min", 0).add("max", 100);
  }

  /** No animation (the numbers are what matter, and screenshots show the final chart). */
  private static JsonObjectBuilder common() {
    return Json.createObjectBuilder()
        .add("animation", false)
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add(
            "plugins",
            Json.createObjectBuilder()
                .add("legend", Json.createObjectBuilder().add("display", false)));
  }

  /** Long names would squeeze the bars; the full name is in the table next to the chart. */
  private static String shortened(String name) {
    return name.length() <= 48 ? name : name.substring(0, 47) + "…";
  }

  static String safe(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }
}
