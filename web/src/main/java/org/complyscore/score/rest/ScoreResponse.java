package org.complyscore.score.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.score.entity.Score;
import org.complyscore.score.entity.ScoreReport;

/**
 * {@code GET /api/score}: the score under the filter, its breakdowns and the key actions; with
 * {@code asOf}, the day's snapshot (unfiltered, without key actions and open counts).
 *
 * @param asOf the day of the snapshot; absent for the score now
 * @param percent achieved ÷ achievable, in percent with one decimal
 * @param achievedPoints points achieved (a partial test earns a share, hence decimals)
 * @param achievablePoints points achievable
 */
public record ScoreResponse(
    LocalDate asOf,
    BigDecimal percent,
    BigDecimal achievedPoints,
    long achievablePoints,
    List<Item> byCategory,
    List<Item> byAssessment,
    List<Item> bySolution,
    List<Item> byGroup,
    List<Item> byRegulation,
    List<KeyAction> keyActions) {

  /**
   * One line of a breakdown; {@code id} is absent for regulations and for "(none)".
   *
   * @param actions action states counted
   * @param openActions those not passed: what the action list shows for this line
   */
  public record Item(
      Long id,
      String name,
      BigDecimal percent,
      BigDecimal achievedPoints,
      long achievablePoints,
      long actions,
      long openActions) {

    static Item of(ScoreReport.Item item) {
      Score score = item.score();
      return new Item(
          item.id(),
          item.name(),
          score.percent(),
          score.achieved(),
          score.achievable(),
          item.actions(),
          item.open());
    }
  }

  /**
   * An open action and what completing it would add.
   *
   * @param pointsToGain points it would add
   * @param percentToGain percentage points it would add to the overall score
   * @param openStates in how many places (groups) it still has points to gain
   * @param stateId the first of those, as {@code /api/actions/{stateId}} reads it
   * @param solution its solution; absent when none
   */
  public record KeyAction(
      long actionId,
      String title,
      BigDecimal pointsToGain,
      BigDecimal percentToGain,
      long openStates,
      long stateId,
      String solution,
      ImplementationStatus implementationStatus,
      TestStatus testStatus) {

    static KeyAction of(ScoreReport.KeyAction k) {
      return new KeyAction(
          k.actionId(),
          k.title(),
          k.pointsToGain(),
          k.percentToGain(),
          k.openStates(),
          k.stateId(),
          k.solution(),
          k.implementationStatus(),
          k.testStatus());
    }
  }

  static ScoreResponse of(ScoreReport report, LocalDate asOf) {
    Score overall = report.overall();
    return new ScoreResponse(
        asOf,
        overall.percent(),
        overall.achieved(),
        overall.achievable(),
        items(report.byCategory()),
        items(report.byAssessment()),
        items(report.bySolution()),
        items(report.byGroup()),
        items(report.byRegulation()),
        report.keyActions().stream().map(KeyAction::of).toList());
  }

  private static List<Item> items(List<ScoreReport.Item> items) {
    return items.stream().map(Item::of).toList();
  }
}
