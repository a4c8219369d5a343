package org.complyscore.alert.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.complyscore.action.entity.ActionChange;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.TestStatus;

/**
 * What an alert policy watches. Every condition but the score is a field of the action history
 * (F26), so whatever changes an action, a person, a parent action or automated monitoring, is seen
 * the same way.
 */
public enum AlertCondition {
  /** The overall score moved by at least a number of percentage points. */
  SCORE_CHANGE(null, List.of()),
  /** An action was assigned to someone else, or to nobody. */
  ASSIGNMENT_CHANGE("assignee", List.of()),
  /** An action's implementation status changed. */
  IMPLEMENTATION_STATUS_CHANGE("implementationStatus", names(ImplementationStatus.values())),
  /** An action's test status changed: by an Assessor or by automated monitoring. */
  TEST_STATUS_CHANGE("testStatus", names(TestStatus.values())),
  /** Evidence was added to or removed from an action. */
  EVIDENCE_CHANGE(ActionChange.EVIDENCE, List.of());

  private final String historyField;
  private final List<String> statusChoices;

  AlertCondition(String historyField, List<String> statusChoices) {
    this.historyField = historyField;
    this.statusChoices = statusChoices;
  }

  /** The condition a history line of this field meets, if any. */
  public static Optional<AlertCondition> ofHistoryField(String field) {
    return Arrays.stream(values())
        .filter(condition -> condition.historyField != null)
        .filter(condition -> condition.historyField.equals(field))
        .findFirst();
  }

  public boolean isScoreChange() {
    return this == SCORE_CHANGE;
  }

  /**
   * The statuses (constant names) a policy on this condition can narrow to, in the order the
   * product lists them; empty when the condition has no statuses.
   */
  public List<String> statusChoices() {
    return statusChoices;
  }

  public boolean narrowsByStatus() {
    return !statusChoices.isEmpty();
  }

  private static List<String> names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).toList();
  }
}
