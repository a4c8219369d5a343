package org.complyscore.action.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.action.entity.TestingSource;

/**
 * One row of the improvement-action list: an action in one scope (the organization, or one group
 * for the organization's non-technical actions), with everything the list shows and exports.
 *
 * @param stateId the id of the action state; the details page and the REST API use it
 * @param achievablePoints what the state can earn: 0 when out of scope (scoring rule 3)
 * @param scoreImpact the points still to gain: achievable minus achieved
 * @param groupName the group of a per-group state; {@code null} for the organization's
 * @param assigneeName {@code null} when nobody is assigned
 * @param regulations the regulations of the assessments that use the state, sorted
 * @param assessments the names of those assessments, sorted
 */
public record ActionRow(
    long stateId,
    long actionId,
    String title,
    int points,
    BigDecimal achievedPoints,
    int achievablePoints,
    BigDecimal scoreImpact,
    ImplementationType implementationType,
    ActionOwner owner,
    ImplementationStatus implementationStatus,
    LocalDate implementationDate,
    TestStatus testStatus,
    LocalDate testDate,
    TestingSource testingSource,
    String solution,
    String category,
    Long groupId,
    String groupName,
    Long assigneeId,
    String assigneeName,
    List<String> regulations,
    List<String> assessments,
    Instant modifiedAt)
    implements java.io.Serializable {

  public ActionRow {
    regulations = List.copyOf(regulations);
    assessments = List.copyOf(assessments);
  }

  /** Tracked once per group (the organization's non-technical actions). */
  public boolean isPerGroup() {
    return groupId != null;
  }
}
