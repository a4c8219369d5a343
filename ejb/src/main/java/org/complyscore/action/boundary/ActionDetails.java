package org.complyscore.action.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.Enforcement;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Purpose;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.action.entity.TestingSource;

/**
 * Everything the details page of an improvement action shows (F22), read in one transaction.
 *
 * @param version the state's version: a change must name it, so that nobody overwrites a change
 *     they have not seen
 * @param howToImplement the template's Markdown subset, unrendered (the page renders it safely)
 * @param groupName the group of a per-group state; {@code null} for the organization's
 * @param parent the state this one mirrors (testing source Parent); {@code null} otherwise
 * @param children the states that mirror this one
 * @param evidenceLocked whether evidence can no longer be deleted (Passed, Failed, Out of scope)
 * @param lastChangedBy who made the latest recorded change; {@code null} before the first
 */
public record ActionDetails(
    long stateId,
    long version,
    long actionId,
    String title,
    String description,
    String howToImplement,
    int points,
    BigDecimal achievedPoints,
    int achievablePoints,
    BigDecimal scoreImpact,
    ImplementationType implementationType,
    Purpose purpose,
    Enforcement enforcement,
    ActionOwner owner,
    ImplementationStatus implementationStatus,
    LocalDate implementationDate,
    String implementationNotes,
    TestStatus testStatus,
    LocalDate testDate,
    String testNotes,
    String additionalNotes,
    TestingSource testingSource,
    StateRef parent,
    List<StateRef> children,
    Long groupId,
    String groupName,
    Long assigneeId,
    String assigneeName,
    String solutionName,
    String solutionUrl,
    String categoryName,
    List<LinkedAssessment> assessments,
    List<RelatedControl> controls,
    boolean evidenceLocked,
    Instant modifiedAt,
    String lastChangedBy)
    implements java.io.Serializable {

  public ActionDetails {
    children = List.copyOf(children);
    assessments = List.copyOf(assessments);
    controls = List.copyOf(controls);
  }

  /** Tracked once per group (the organization's non-technical actions, scoring rule 5). */
  public boolean isPerGroup() {
    return groupId != null;
  }

  /** Carried out by the service provider: read-only here. */
  public boolean isProviderAction() {
    return owner == ActionOwner.PROVIDER;
  }

  /** Whether a person can record a test result: only once the action is in place. */
  public boolean isTestable() {
    return implementationStatus.isImplemented()
        && testingSource != TestingSource.PARENT
        && !isProviderAction();
  }

  /** Another action state, as a link shows it. */
  public record StateRef(long stateId, String title, String groupName)
      implements java.io.Serializable {}

  /** An assessment that uses this state. */
  public record LinkedAssessment(long id, String name, String groupName, String regulation)
      implements java.io.Serializable {}

  /** A control this action helps to meet, in one assessment. */
  public record RelatedControl(
      String controlId,
      String controlTitle,
      String family,
      String regulation,
      long assessmentId,
      String assessment,
      String groupName)
      implements java.io.Serializable {}
}
