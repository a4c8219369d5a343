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
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.complyscore.access.entity.User;
import org.complyscore.shared.entity.BaseEntity;

/**
 * One recorded change of an action state (F26): which field, old and new value as text, who and
 * when ({@link #getCreatedAt}). Never changed after it is written. The name is copied so the
 * history still reads right after a person's name changes.
 */
@Entity
@Table(name = "action_change")
@NamedQuery(
    name = ActionChange.FIND_BY_STATE,
    query =
        "select c from ActionChange c where c.state = :state order by c.createdAt desc, c.id desc")
@NamedQuery(
    name = ActionChange.LAST_BY_STATE,
    query =
        "select c from ActionChange c where c.state = :state and c.origin = :origin"
            + " order by c.createdAt desc, c.id desc")
public class ActionChange extends BaseEntity {

  /** The history of one state, newest first. */
  public static final String FIND_BY_STATE = "ActionChange.findByState";

  /** The changes of one state by one origin, newest first; take the first. */
  public static final String LAST_BY_STATE = "ActionChange.lastByState";

  /** Texts in the history: an evidence file, a link. */
  public static final String EVIDENCE = "evidence";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "action_state_id", nullable = false, updatable = false)
  private ActionState state;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "changed_by_id", updatable = false)
  private User changedBy;

  @Column(name = "changed_by_name", nullable = false, length = 300, updatable = false)
  private String changedByName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private ChangeOrigin origin;

  @Column(nullable = false, length = 40, updatable = false)
  private String field;

  @Column(name = "old_value", updatable = false)
  private String oldValue;

  @Column(name = "new_value", updatable = false)
  private String newValue;

  /** For a change by automation: the signal behind it. An id: signals are monitoring's. */
  @Column(name = "signal_id", updatable = false)
  private Long signalId;

  protected ActionChange() {}

  private ActionChange(
      ActionState state,
      User changedBy,
      String changedByName,
      ChangeOrigin origin,
      ActionState.FieldChange change) {
    this.state = Objects.requireNonNull(state);
    this.changedBy = changedBy;
    this.changedByName = Objects.requireNonNull(changedByName);
    this.origin = Objects.requireNonNull(origin);
    this.field = change.field();
    this.oldValue = change.oldValue();
    this.newValue = change.newValue();
  }

  /** A change a person made. */
  public static ActionChange byPerson(
      ActionState state, User person, ActionState.FieldChange change) {
    return new ActionChange(state, person, person.getDisplayName(), ChangeOrigin.PERSON, change);
  }

  /** A change mirrored from a parent action; "who" is the parent's title. */
  public static ActionChange fromParent(
      ActionState state, ActionState parent, ActionState.FieldChange change) {
    return new ActionChange(
        state, null, parent.getAction().getTitle(), ChangeOrigin.PARENT, change);
  }

  /**
   * A change automated monitoring made; "who" names the signal behind it (the origin already says
   * it was automated monitoring, and pages and mails show both).
   *
   * @param signalId the deciding signal, or {@code null} when there is none (no fresh signal)
   * @param because the signal in words, such as {@code web.tls on https://host:8181}, or what
   *     happened instead, such as {@code no signal within 24 hours}
   */
  public static ActionChange byAutomation(
      ActionState state, Long signalId, String because, ActionState.FieldChange change) {
    String who = because == null || because.isBlank() ? "Automated monitoring" : because;
    ActionChange automated =
        new ActionChange(
            state,
            null,
            who.length() <= 300 ? who : who.substring(0, 299) + "…",
            ChangeOrigin.AUTOMATION,
            change);
    automated.signalId = signalId;
    return automated;
  }

  /** The signal behind a change by automation. */
  public Optional<Long> getSignalId() {
    return Optional.ofNullable(signalId);
  }

  public ActionState getState() {
    return state;
  }

  public Optional<User> getChangedBy() {
    return Optional.ofNullable(changedBy);
  }

  public String getChangedByName() {
    return changedByName;
  }

  public ChangeOrigin getOrigin() {
    return origin;
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

  public Instant getChangedAt() {
    return getCreatedAt();
  }
}
