package org.complyscore.score.rest;

import java.math.BigDecimal;
import java.util.List;
import org.complyscore.score.boundary.ScoreReport;
import org.complyscore.score.entity.Score;

/**
 * {@code GET /api/score}: the score under the filter, its breakdowns and the key actions.
 *
 * @param percent achieved ÷ achievable, in percent with one decimal
 * @param achievedPoints points achieved (a partial test earns a share, hence decimals)
 * @param achievablePoints points achievable
 */
public record ScoreResponse(
    BigDecimal percent,
    BigDecimal achievedPoints,
    long achievablePoints,
    List<Item> byCategory,
    List<Item> byAssessment,
    List<Item> bySolution,
    List<Item> byGroup,
    List<Item> byRegulation,
    List<KeyAction> keyActions) {

  /** One line of a breakdown; {@code id} is absent for regulations and for "(none)". */
  public record Item(
      Long id,
      String name,
      BigDecimal percent,
      BigDecimal achievedPoints,
      long achievablePoints,
      long actions) {

    static Item of(ScoreReport.Item item) {
      Score score = item.score();
      return new Item(
          item.id(),
          item.name(),
          score.percent(),
          score.achieved(),
          score.achievable(),
          item.actions());
    }
  }

  /**
   * An open action and what completing it would add.
   *
   * @param pointsToGain points it would add
   * @param percentToGain percentage points it would add to the overall score
   */
  public record KeyAction(
      long actionId, String title, BigDecimal pointsToGain, BigDecimal percentToGain) {}

  static ScoreResponse of(ScoreReport report) {
    Score overall = report.overall();
    return new ScoreResponse(
        overall.percent(),
        overall.achieved(),
        overall.achievable(),
        items(report.byCategory()),
        items(report.byAssessment()),
        items(report.bySolution()),
        items(report.byGroup()),
        items(report.byRegulation()),
        report.keyActions().stream()
            .map(k -> new KeyAction(k.actionId(), k.title(), k.pointsToGain(), k.percentToGain()))
            .toList());
  }

  private static List<Item> items(List<ScoreReport.Item> items) {
    return items.stream().map(Item::of).toList();
  }
}
