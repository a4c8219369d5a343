package org.complyscore.assessment.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.assessment.entity.ControlStatus;
import org.complyscore.score.entity.Score;

/**
 * An assessment's details page (F41): its line, points by owner, test statuses, and its controls by
 * family with the action states behind them.
 *
 * @param yourPoints the points of the organization's actions
 * @param providerPoints the points of the provider's actions
 * @param testStatuses how many of its action states have each test status
 * @param families its controls, family by family, in the template's order
 * @param states every action state it tracks, once, the most points first
 */
public record AssessmentDetails(
    AssessmentRow row,
    Score yourPoints,
    Score providerPoints,
    Map<TestStatus, Long> testStatuses,
    List<Family> families,
    List<StateLine> states) {

  /** A control family with its controls. */
  public record Family(String key, String title, List<ControlLine> controls) {

    public long passed() {
      return controls.stream().filter(c -> c.status() == ControlStatus.PASSED).count();
    }
  }

  /**
   * A control with its derived status and the points of its actions in this assessment.
   *
   * @param actions how many actions serve it; {@code completed} of them are implemented and passed
   * @param stateIds the action states behind it, to expand it
   */
  public record ControlLine(
      long id,
      String key,
      String title,
      ControlStatus status,
      Score score,
      long actions,
      long completed,
      List<Long> stateIds) {}

  /** An action state the assessment tracks. */
  public record StateLine(
      long stateId,
      String title,
      ActionOwner owner,
      ImplementationType type,
      int points,
      BigDecimal achieved,
      ImplementationStatus implementationStatus,
      TestStatus testStatus,
      String assignee) {}
}
