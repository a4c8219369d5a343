package org.complyscore.score.boundary;

import java.math.BigDecimal;
import java.util.List;
import org.complyscore.score.entity.Score;

/**
 * The score under one filter: overall, broken down, and the actions that would raise it most.
 *
 * @param overall points achieved out of achievable, all counted actions
 * @param byCategory one item per category (and one for actions without)
 * @param byAssessment one item per assessment
 * @param bySolution one item per solution (and one for actions without)
 * @param byGroup one item per group
 * @param byRegulation one item per regulation
 * @param keyActions the open actions with the most points to gain, most first
 */
public record ScoreReport(
    Score overall,
    List<Item> byCategory,
    List<Item> byAssessment,
    List<Item> bySolution,
    List<Item> byGroup,
    List<Item> byRegulation,
    List<KeyAction> keyActions) {

  /**
   * One line of a breakdown.
   *
   * @param id the id of what it is about; {@code null} for regulations and for "none"
   * @param name its name
   * @param score its points
   * @param actions how many actions (action states) were counted
   */
  public record Item(Long id, String name, Score score, long actions) {}

  /**
   * An open action.
   *
   * @param actionId the action
   * @param title its title
   * @param pointsToGain the points it would add when done everywhere it is counted
   * @param percentToGain what that adds to the overall score, in percentage points
   */
  public record KeyAction(
      long actionId, String title, BigDecimal pointsToGain, BigDecimal percentToGain) {}
}
