package org.complyscore.action.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.complyscore.access.entity.User;
import org.complyscore.score.entity.ScoreDataListener;
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
@EntityListeners(ScoreDataListener.class)
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
    name = ActionState.FIND_CHILDREN,
    query = "select s from ActionState s where s.parent = :parent order by s.id")
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

  /** The states that mirror a given state (testing source Parent), by id. */
  public static final String FIND_CHILDREN = "ActionState.findChildren";

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

  /** The state this one mirrors while its testing source is Parent. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_state_id")
  private ActionState parent;

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
   * Starts a new group's state from another group's state of the same action (F42): the
   * implementation and testing details, notes and assignee. A state that followed a parent in the
   * other group is tested manually here, with the values it had: the parent is not in this group.
   */
  public void startFrom(ActionState source) {
    if (source.action != action) {
      throw new IllegalArgumentException("A state starts only from a state of the same action.");
    }
    this.assignee = source.assignee;
    takeWorkOf(source);
    this.additionalNotes = source.additionalNotes;
    this.testingSource =
        source.testingSource == TestingSource.PARENT ? TestingSource.MANUAL : source.testingSource;
  }

  /**
   * Records how far the action is implemented. Leaving Implemented or Alternative implementation
   * clears the test result: an action that is no longer in place has no valid test.
   */
  public void recordImplementation(ImplementationStatus status, LocalDate date, String notes) {
    refuseIfProvided();
    refuseIfFollowingParent();
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
    refuseIfFollowingParent();
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
    refuseIfFollowingParent();
    Objects.requireNonNull(status, "An automated result needs a test status.");
    refuseUnlessImplemented();
    this.partialFraction = checkedFraction(status, fraction);
    this.testStatus = status;
    this.testingSource = TestingSource.AUTOMATIC;
  }

  /**
   * Lets automated monitoring test this state (F31): its testing source becomes Automatic, and it
   * waits for its first signal as "To be detected" unless monitoring already reported. A state that
   * followed a parent stops following it. Refused for provider actions and for actions without
   * testing logic.
   */
  public void automate() {
    refuseIfProvided();
    if (!action.getTestingLogic().isAutomatable()) {
      throw new IllegalStatusChangeException(
          "This action has no testing logic: give it the checks it listens to first.");
    }
    if (testingSource == TestingSource.AUTOMATIC) {
      return;
    }
    this.parent = null;
    this.testingSource = TestingSource.AUTOMATIC;
    if (!isOutOfScope()) {
      this.testStatus = TestStatus.TO_BE_DETECTED;
      this.partialFraction = null;
    }
  }

  /**
   * Ends automated testing: people test the action again, from the result monitoring left. A status
   * only monitoring sets and that is no result ("To be detected", "Could not be detected") becomes
   * None, since a person could neither keep nor choose it; a partial result stays as found.
   */
  public void stopAutomation() {
    testManually();
    if (testStatus == TestStatus.TO_BE_DETECTED || testStatus == TestStatus.COULD_NOT_BE_DETECTED) {
      this.testStatus = TestStatus.NONE;
    }
  }

  /** Whether automated monitoring sets this state's test status. */
  public boolean isAutomated() {
    return testingSource == TestingSource.AUTOMATIC;
  }

  /**
   * Records what monitoring detected, as the product's monitoring does for a technical setting: the
   * setting found in place (a pass, or a partial result) makes an action that was Not implemented
   * or Planned Implemented, without a date, which stays a person's record; a failure is recorded
   * whatever the implementation says, since it is what the machine saw. The test date is never
   * touched. Unlike {@link #recordAutomatedResult}, which records an assessor-style result on an
   * implemented action, this is what a signal does. States that are not automated, and states out
   * of scope, are left alone.
   *
   * @param fraction for {@link TestStatus#PARTIALLY_TESTED}: the compliant share, 0 to 1
   * @return whether anything changed
   */
  public boolean recordDetection(TestStatus status, BigDecimal fraction) {
    Objects.requireNonNull(status, "A detection needs a test status.");
    if (!isAutomated() || isOutOfScope()) {
      return false;
    }
    if (!status.isSetByAutomationOnly() && !status.isTested()) {
      throw new IllegalStatusChangeException(
          "Monitoring reports Passed, Failed, Partially tested, To be detected or Could not be"
              + " detected, not "
              + label(status)
              + ".");
    }
    BigDecimal share = checkedFraction(status, fraction);
    Snapshot before = snapshot();
    BigDecimal fractionBefore = partialFraction;
    boolean inPlace = status == TestStatus.PASSED || status == TestStatus.PARTIALLY_TESTED;
    if (inPlace
        && (implementationStatus == ImplementationStatus.NOT_IMPLEMENTED
            || implementationStatus == ImplementationStatus.PLANNED)) {
      this.implementationStatus = ImplementationStatus.IMPLEMENTED;
    }
    this.partialFraction = share;
    this.testStatus = status;
    return !snapshot().changesSince(before).isEmpty()
        || !Objects.equals(fractionBefore, partialFraction);
  }

  public void changeAdditionalNotes(String notes) {
    this.additionalNotes = notes;
  }

  /**
   * Makes this state mirror another one (testing source Parent): it takes the parent's
   * implementation and test, now and whenever the parent changes ({@link #mirror}). Refuses itself,
   * a provider action on either side, and a parent that (through its own parents) follows this one.
   */
  public void followParent(ActionState newParent) {
    Objects.requireNonNull(newParent, "Choose the parent action.");
    refuseIfProvided();
    if (newParent.action.isProviderAction()) {
      throw new IllegalStatusChangeException(
          "A service provider's action cannot be a parent: its state is not yours to mirror.");
    }
    for (ActionState ancestor = newParent; ancestor != null; ancestor = ancestor.parent) {
      if (ancestor.equals(this)) {
        throw new IllegalStatusChangeException(
            newParent == this
                ? "An action cannot be its own parent."
                : "\""
                    + newParent.action.getTitle()
                    + "\" already follows this action, directly or through its parents; choosing it"
                    + " as the parent would make a cycle.");
      }
    }
    this.parent = newParent;
    this.testingSource = TestingSource.PARENT;
    mirror(newParent);
  }

  /**
   * Copies the parent's implementation and test. Called when the parent changes; a state that no
   * longer follows that parent ignores it.
   */
  public void mirror(ActionState source) {
    if (!source.equals(parent)) {
      return;
    }
    takeWorkOf(source);
  }

  /**
   * The implementation and the test of another state: what a child mirrors and a copy starts from.
   */
  private void takeWorkOf(ActionState source) {
    this.implementationStatus = source.implementationStatus;
    this.implementationDate = source.implementationDate;
    this.implementationNotes = source.implementationNotes;
    this.testStatus = source.testStatus;
    this.testDate = source.testDate;
    this.testNotes = source.testNotes;
    this.partialFraction = source.partialFraction;
  }

  /** Stops mirroring a parent: the current values stay, and people record tests again. */
  public void testManually() {
    refuseIfProvided();
    this.parent = null;
    this.testingSource = TestingSource.MANUAL;
  }

  /**
   * Evidence is fixed once the test has a final outcome (Passed, Failed) or the action is out of
   * scope: it is what the outcome rests on (F25).
   */
  public boolean isEvidenceLocked() {
    return testStatus == TestStatus.PASSED || testStatus.isFailed() || isOutOfScope();
  }

  /** Refuses adding evidence where it cannot belong: provider actions and mirrored actions. */
  public void refuseEvidenceChange() {
    if (action.isProviderAction()) {
      throw new IllegalStatusChangeException(
          "This action is carried out by the service provider; it takes no evidence here.");
    }
    if (parent != null) {
      throw new IllegalStatusChangeException(
          "This action shows the evidence of its parent \""
              + parent.action.getTitle()
              + "\"; add evidence there, or switch its testing source to Manual.");
    }
  }

  /** Refuses removing evidence once the outcome rests on it ({@link #isEvidenceLocked}). */
  public void refuseEvidenceRemoval() {
    refuseEvidenceChange();
    if (isEvidenceLocked()) {
      throw new IllegalStatusChangeException(
          "Evidence cannot be deleted once the action is Passed, Failed or Out of scope: the"
              + " outcome rests on it.");
    }
  }

  /**
   * The fields people see in the history, as text, in a fixed order: compare two snapshots to
   * record what a change did ({@link Snapshot#changesSince}).
   */
  public Snapshot snapshot() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("implementationStatus", implementationStatus.name());
    values.put("implementationDate", text(implementationDate));
    values.put("implementationNotes", implementationNotes);
    values.put("testStatus", testStatus.name());
    values.put("testDate", text(testDate));
    values.put("testNotes", testNotes);
    values.put("additionalNotes", additionalNotes);
    values.put("assignee", assignee == null ? null : assignee.getDisplayName());
    values.put("testingSource", testingSource.name());
    values.put("parent", parent == null ? null : parent.action.getTitle());
    return new Snapshot(values);
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  /** The history-relevant values of a state at one moment; see {@link #snapshot}. */
  public record Snapshot(Map<String, String> values) {

    /** What differs from an earlier snapshot to this later one, in field order. */
    public List<FieldChange> changesSince(Snapshot before) {
      List<FieldChange> changes = new ArrayList<>();
      values.forEach(
          (field, now) -> {
            String then = before.values.get(field);
            if (!Objects.equals(blankToNull(then), blankToNull(now))) {
              changes.add(new FieldChange(field, blankToNull(then), blankToNull(now)));
            }
          });
      return changes;
    }

    private static String blankToNull(String value) {
      return value == null || value.isBlank() ? null : value;
    }
  }

  /** One field's change: old and new value as text, {@code null} for empty. */
  public record FieldChange(String field, String oldValue, String newValue) {}

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

  /** The compliant share a partial result needs (0 to 1); none for any other status. */
  private static BigDecimal checkedFraction(TestStatus status, BigDecimal fraction) {
    if (status != TestStatus.PARTIALLY_TESTED) {
      return null;
    }
    if (fraction == null
        || fraction.compareTo(BigDecimal.ZERO) < 0
        || fraction.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalStatusChangeException(
          "A partial test result needs the compliant share as a number from 0 to 1.");
    }
    return fraction;
  }

  private void refuseIfProvided() {
    if (action.isProviderAction()) {
      throw new IllegalStatusChangeException(
          "This action is carried out by the service provider; its statuses cannot be changed.");
    }
  }

  private void refuseIfFollowingParent() {
    if (parent != null) {
      throw new IllegalStatusChangeException(
          "This action follows its parent \""
              + parent.action.getTitle()
              + "\" and shows its statuses; switch its testing source to Manual to edit them here.");
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

  /** The state this one mirrors; empty unless the testing source is Parent. */
  public Optional<ActionState> getParent() {
    return Optional.ofNullable(parent);
  }

  public Optional<BigDecimal> getPartialFraction() {
    return Optional.ofNullable(partialFraction);
  }
}
