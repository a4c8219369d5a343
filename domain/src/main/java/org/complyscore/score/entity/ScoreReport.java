package org.complyscore.score.entity;

import java.math.BigDecimal;
import java.util.List;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.TestStatus;

/**
 * The score under one filter: overall, broken down, and the actions that would raise it most. A
 * breakdown nobody asked for (the Overview needs only some) is empty.
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

  public ScoreReport {
    byCategory = List.copyOf(byCategory);
    byAssessment = List.copyOf(byAssessment);
    bySolution = List.copyOf(bySolution);
    byGroup = List.copyOf(byGroup);
    byRegulation = List.copyOf(byRegulation);
    keyActions = List.copyOf(keyActions);
  }

  /**
   * One line of a breakdown.
   *
   * @param id the id of what it is about; {@code null} for regulations and for "none"
   * @param name its name
   * @param score its points
   * @param actions how many actions (action states) were counted
   * @param open how many of those have not passed their test
   */
  public record Item(Long id, String name, Score score, long actions, long open) {}

  /**
   * An open action.
   *
   * @param actionId the action
   * @param title its title
   * @param pointsToGain the points it would add when done everywhere it is counted
   * @param percentToGain what that adds to the overall score, in percentage points
   * @param openStates in how many places (groups) it still has points to gain
   * @param stateId the first of those places, which "details" opens
   * @param solution its solution's name; null when it has none
   * @param implementationStatus that state's implementation status
   * @param testStatus that state's test status
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
      TestStatus testStatus) {}
}
