package org.complyscore.action.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.complyscore.access.entity.User;
import org.complyscore.shared.entity.BaseEntity;

/**
 * The workflow record of an improvement action in one scope: for the whole organization (technical
 * and provider actions) or for one group (the organization's non-technical actions). Every
 * assessment in that scope sees this same state.
 *
 * <p>The group is kept as an id, not a reference: the assessment component builds on actions, not
 * the other way round. (So JPA does not order the inserts: write a new group before its states.)
 * {@code scopeKey} is the group's id, or 0 for the organization, so the database can hold one state
 * per action and scope.
 *
 * <p>Status changes go through the methods below, which refuse what the product forbids.
 */
@Entity
@Table(
    name = "action_state",
    uniqueConstraints = @UniqueConstraint(columnNames = {"action_id", "scope_key"}))
@NamedQuery(
    name = ActionState.FIND_BY_ACTION_AND_SCOPE,
    query = "select s from ActionState s where s.action = :action and s.scopeKey = :scopeKey")
@NamedQuery(
    name = ActionState.COUNT_BY_ASSIGNEE,
    query =
        "select s.assignee.id, count(s) from ActionState s where s.assignee is not null"
            + " group by s.assignee.id")
@NamedQuery(
    name = ActionState.COUNT_ASSIGNED_TO,
    query = "select count(s) from ActionState s where s.assignee = :assignee")
@NamedQuery(
    name = ActionState.REASSIGN,
    query =
        "update ActionState s set s.assignee = :to, s.version = s.version + 1"
            + " where s.assignee = :from")
public class ActionState extends BaseEntity {

  public static final String COUNT_BY_ASSIGNEE = "ActionState.countByAssignee";
  public static final String COUNT_ASSIGNED_TO = "ActionState.countAssignedTo";

  /** Bulk: every state of one assignee to another, each counted as a change (version). */
  public static final String REASSIGN = "ActionState.reassign";

  public static final String FIND_BY_ACTION_AND_SCOPE = "ActionState.findByActionAndScope";
  static final long ORGANIZATION_SCOPE = 0L;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "action_id", nullable = false, updatable = false)
  private ImprovementAction action;

  @Column(name = "group_id", updatable = false)
  private Long groupId;

  @Column(name = "scope_key", nullable = false, updatable = false)
  private long scopeKey;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "assignee_id")
  private User assignee;

  @Enumerated(EnumType.STRING)
  @Column(name = "implementation_status", nullable = false, length = 30)
  private ImplementationStatus implementationStatus = ImplementationStatus.NOT_IMPLEMENTED;

  @Column(name = "implementation_date")
  private LocalDate implementationDate;

  @Column(name = "implementation_notes")
  private String implementationNotes;

  @Enumerated(EnumType.STRING)
  @Column(name = "test_status", nullable = false, length = 30)
  private TestStatus testStatus = TestStatus.NONE;

  @Column(name = "test_date")
  private LocalDate testDate;

  @Column(name = "test_notes")
  private String testNotes;

  @Column(name = "additional_notes")
  private String additionalNotes;

  @Enumerated(EnumType.STRING)
  @Column(name = "testing_source", nullable = false, length = 20)
  private TestingSource testingSource = TestingSource.MANUAL;

  /** The share of compliant resources behind a partial test result, 0 to 1. */
  @Column(name = "partial_fraction", precision = 5, scale = 4)
  private BigDecimal partialFraction;

  protected ActionState() {}

  private ActionState(ImprovementAction action, Long groupId) {
    this.action = action;
    this.groupId = groupId;
    this.scopeKey = groupId == null ? ORGANIZATION_SCOPE : groupId;
    if (action.isProviderAction()) {
      // The provider did the work and tested it; the template says so.
      this.implementationStatus = ImplementationStatus.IMPLEMENTED;
      this.testStatus = TestStatus.PASSED;
    }
  }

  /**
   * The state of an action as the given group sees it: the group's own state for the organization's
   * non-technical actions, else the organization's.
   *
   * @param groupId the group whose assessment needs the action
   */
  public static ActionState scopedFor(ImprovementAction action, long groupId) {
    Objects.requireNonNull(action, "An action state needs its action.");
    return new ActionState(action, action.isTrackedPerGroup() ? groupId : null);
  }

  /** The key of the scope a group sees the action in: the group's id, or 0 for the organization. */
  public static long scopeKeyFor(ImprovementAction action, long groupId) {
    return action.isTrackedPerGroup() ? groupId : ORGANIZATION_SCOPE;
  }

  /**
   * Records how far the action is implemented. Leaving Implemented or Alternative implementation
   * clears the test result: an action that is no longer in place has no valid test.
   */
  public void recordImplementation(ImplementationStatus status, LocalDate date, String notes) {
    refuseIfProvided();
    Objects.requireNonNull(status, "Choose an implementation status.");
    if (date != null && !status.isImplemented()) {
      throw new IllegalStatusChangeException(
          "An implementation date goes only with the status Implemented or Alternative"
              + " implementation.");
    }
    if (!status.isImplemented()) {
      clearTest();
    }
    this.implementationStatus = status;
    this.implementationDate = date;
    this.implementationNotes = notes;
  }

  /** Records a person's test result; this makes the testing manual. */
  public void recordTest(TestStatus status, LocalDate date, String notes) {
    refuseIfProvided();
    Objects.requireNonNull(status, "Choose a test status.");
    refuseUnlessImplemented();
    if (status.isSetByAutomationOnly()) {
      throw new IllegalStatusChangeException(
          "Only automated testing sets the test status " + label(status) + ".");
    }
    this.testStatus = status;
    this.testDate = date;
    this.testNotes = notes;
    this.partialFraction = null;
    this.testingSource = TestingSource.MANUAL;
  }

  /**
   * Records what automated testing found. It changes the test status, never the test date.
   *
   * @param fraction for {@link TestStatus#PARTIALLY_TESTED}: the compliant share, 0 to 1
   */
  public void recordAutomatedResult(TestStatus status, BigDecimal fraction) {
    refuseIfProvided();
    Objects.requireNonNull(status, "An automated result needs a test status.");
    refuseUnlessImplemented();
    if (status == TestStatus.PARTIALLY_TESTED) {
      if (fraction == null
          || fraction.compareTo(BigDecimal.ZERO) < 0
          || fraction.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalStatusChangeException(
            "A partial test result needs the compliant share as a number from 0 to 1.");
      }
      this.partialFraction = fraction;
    } else {
      this.partialFraction = null;
    }
    this.testStatus = status;
    this.testingSource = TestingSource.AUTOMATIC;
  }

  public void changeAdditionalNotes(String notes) {
    this.additionalNotes = notes;
  }

  public void assignTo(User person) {
    this.assignee = person;
  }

  /** Rule 3 for this state. */
  public boolean isOutOfScope() {
    return ScoringRules.isOutOfScope(implementationStatus, testStatus);
  }

  public int getAchievablePoints() {
    return ScoringRules.achievable(action.getPoints(), implementationStatus, testStatus);
  }

  public BigDecimal getAchievedPoints() {
    return ScoringRules.achieved(
        action.getPoints(), implementationStatus, testStatus, partialFraction);
  }

  private void refuseIfProvided() {
    if (action.isProviderAction()) {
      throw new IllegalStatusChangeException(
          "This action is carried out by the service provider; its statuses cannot be changed.");
    }
  }

  private void refuseUnlessImplemented() {
    if (!implementationStatus.isImplemented()) {
      throw new IllegalStatusChangeException(
          "Test results can be recorded only once the action is Implemented or has an"
              + " Alternative implementation.");
    }
  }

  private void clearTest() {
    this.testStatus = TestStatus.NONE;
    this.testDate = null;
    this.partialFraction = null;
  }

  private static String label(TestStatus status) {
    String words = status.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  public ImprovementAction getAction() {
    return action;
  }

  /** The group of a per-group state; empty for the organization's. */
  public Optional<Long> getGroupId() {
    return Optional.ofNullable(groupId);
  }

  public Optional<User> getAssignee() {
    return Optional.ofNullable(assignee);
  }

  public ImplementationStatus getImplementationStatus() {
    return implementationStatus;
  }

  public Optional<LocalDate> getImplementationDate() {
    return Optional.ofNullable(implementationDate);
  }

  public Optional<String> getImplementationNotes() {
    return Optional.ofNullable(implementationNotes);
  }

  public TestStatus getTestStatus() {
    return testStatus;
  }

  public Optional<LocalDate> getTestDate() {
    return Optional.ofNullable(testDate);
  }

  public Optional<String> getTestNotes() {
    return Optional.ofNullable(testNotes);
  }

  public Optional<String> getAdditionalNotes() {
    return Optional.ofNullable(additionalNotes);
  }

  public TestingSource getTestingSource() {
    return testingSource;
  }

  public Optional<BigDecimal> getPartialFraction() {
    return Optional.ofNullable(partialFraction);
  }
}
