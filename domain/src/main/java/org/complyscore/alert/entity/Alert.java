package org.complyscore.alert.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.complyscore.access.entity.User;
import org.complyscore.action.entity.ChangeOrigin;
import org.complyscore.shared.entity.BaseEntity;

/**
 * What a policy raised (F32): the change that matched (the latest, when several joined), how many
 * matched from when to when, and its triage: status and assignee.
 *
 * <p>The policy's name, condition and severity, the action's title and the values are copies, so an
 * alert still reads right after its policy is changed or deleted or its action is gone; the link to
 * the action state is its id alone for the same reason.
 */
@Entity
@Table(name = "alert")
@NamedQuery(
    name = Alert.FIND_OPEN_OF_POLICY,
    query =
        "select a from Alert a where a.policy = :policy and a.status in"
            + " (org.complyscore.alert.entity.AlertStatus.ACTIVE,"
            + " org.complyscore.alert.entity.AlertStatus.INVESTIGATING)"
            + " order by a.lastMatchAt desc, a.id desc")
@NamedQuery(
    name = Alert.FORGET_POLICY,
    query = "update Alert a set a.policy = null where a.policy = :policy")
public class Alert extends BaseEntity {

  /** The open alerts of a policy, newest match first; take the first. */
  public static final String FIND_OPEN_OF_POLICY = "Alert.findOpenOfPolicy";

  /** Keeps the alerts of a policy that is deleted, without it. */
  public static final String FORGET_POLICY = "Alert.forgetPolicy";

  /** Values longer than this (long evidence names) are cut: an alert points at the history. */
  public static final int VALUE_MAX = 500;

  public static final int ACTION_TITLE_MAX = 300;
  public static final int PERSON_MAX = 300;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "policy_id")
  private AlertPolicy policy;

  @Column(name = "policy_name", nullable = false, length = AlertPolicy.NAME_MAX)
  private String policyName;

  @Enumerated(EnumType.STRING)
  @Column(name = "condition_type", nullable = false, length = 30)
  private AlertCondition condition;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private AlertSeverity severity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AlertStatus status;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "assignee_id")
  private User assignee;

  @Column(name = "action_state_id")
  private Long stateId;

  @Column(name = "action_title", length = ACTION_TITLE_MAX)
  private String actionTitle;

  @Column(nullable = false, length = 40)
  private String field;

  @Column(name = "old_value", length = VALUE_MAX)
  private String oldValue;

  @Column(name = "new_value", length = VALUE_MAX)
  private String newValue;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private ChangeOrigin origin;

  @Column(name = "changed_by", length = PERSON_MAX)
  private String changedBy;

  @Column(name = "match_count", nullable = false)
  private int matchCount;

  @Column(name = "first_match_at", nullable = false)
  private Instant firstMatchAt;

  @Column(name = "last_match_at", nullable = false)
  private Instant lastMatchAt;

  @Column(name = "status_changed_at")
  private Instant statusChangedAt;

  @Column(name = "status_changed_by", length = PERSON_MAX)
  private String statusChangedBy;

  /** For JPA only. */
  protected Alert() {}

  private Alert(AlertPolicy policy, MatchedChange match, int matches, Instant firstMatchAt) {
    this.policy = Objects.requireNonNull(policy, "An alert comes from a policy.");
    this.policyName = policy.getName();
    this.condition = policy.getCondition();
    this.severity = policy.getSeverity();
    this.status = AlertStatus.ACTIVE;
    if (matches < 1) {
      throw new IllegalArgumentException("An alert has at least one match, not " + matches);
    }
    this.matchCount = matches;
    describe(match);
    this.firstMatchAt =
        firstMatchAt == null || firstMatchAt.isAfter(match.at()) ? match.at() : firstMatchAt;
  }

  /**
   * A new Active alert of a policy.
   *
   * @param match the change that raised it (the last of the matches)
   * @param matches how many matches it stands for: 1, or the threshold that was reached
   * @param firstMatchAt when the first of them happened
   */
  public static Alert raise(
      AlertPolicy policy, MatchedChange match, int matches, Instant firstMatchAt) {
    return new Alert(policy, match, matches, firstMatchAt);
  }

  /** Another match of the same policy joins this alert, which now describes it. */
  public void join(MatchedChange match) {
    matchCount++;
    describe(match);
  }

  private void describe(MatchedChange match) {
    Objects.requireNonNull(match, "An alert describes a match.");
    this.stateId = match.stateId();
    this.actionTitle = cut(match.actionTitle(), ACTION_TITLE_MAX);
    this.field = match.field();
    this.oldValue = cut(match.oldValue(), VALUE_MAX);
    this.newValue = cut(match.newValue(), VALUE_MAX);
    this.origin = match.origin();
    this.changedBy = cut(match.changedBy(), PERSON_MAX);
    this.lastMatchAt = match.at();
  }

  /**
   * Moves the triage on; the same status again changes nothing.
   *
   * @param by who did it, for the list
   * @return whether the status changed
   * @throws IllegalAlertStatusChangeException when the status does not allow the step
   */
  public boolean changeStatus(AlertStatus target, String by, Instant at) {
    Objects.requireNonNull(target, "A status is required.");
    if (target == status) {
      return false;
    }
    if (!status.canTransitionTo(target)) {
      throw new IllegalAlertStatusChangeException(
          "This alert is "
              + words(status)
              + ": reopen it (Active) before marking it "
              + words(target)
              + ".");
    }
    status = target;
    statusChangedAt = Objects.requireNonNull(at);
    statusChangedBy = cut(by, PERSON_MAX);
    return true;
  }

  /** Gives the alert to someone to look into, or to nobody. */
  public void assignTo(User person) {
    this.assignee = person;
  }

  private static String words(AlertStatus status) {
    String name = status.name().toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }

  public boolean isOpen() {
    return status.isOpen();
  }

  public Optional<AlertPolicy> getPolicy() {
    return Optional.ofNullable(policy);
  }

  public String getPolicyName() {
    return policyName;
  }

  public AlertCondition getCondition() {
    return condition;
  }

  public AlertSeverity getSeverity() {
    return severity;
  }

  public AlertStatus getStatus() {
    return status;
  }

  public Optional<User> getAssignee() {
    return Optional.ofNullable(assignee);
  }

  public Optional<Long> getStateId() {
    return Optional.ofNullable(stateId);
  }

  public Optional<String> getActionTitle() {
    return Optional.ofNullable(actionTitle);
  }

  public String getField() {
    return field;
  }

  public Optional<String> getOldValue() {
    return Optional.ofNullable(oldValue);
  }

  public Optional<String> getNewValue() {
    return Optional.ofNullable(newValue);
  }

  public Optional<ChangeOrigin> getOrigin() {
    return Optional.ofNullable(origin);
  }

  public Optional<String> getChangedBy() {
    return Optional.ofNullable(changedBy);
  }

  public int getMatchCount() {
    return matchCount;
  }

  public Instant getFirstMatchAt() {
    return firstMatchAt;
  }

  public Instant getLastMatchAt() {
    return lastMatchAt;
  }

  public Optional<Instant> getStatusChangedAt() {
    return Optional.ofNullable(statusChangedAt);
  }

  public Optional<String> getStatusChangedBy() {
    return Optional.ofNullable(statusChangedBy);
  }
}
