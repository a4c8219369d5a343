package org.complyscore.action.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.complyscore.access.entity.User;
import org.complyscore.action.entity.ActionChange;
import org.complyscore.action.entity.ActionState;
import org.complyscore.action.entity.ActionState.FieldChange;
import org.complyscore.action.entity.ActionState.Snapshot;

/**
 * Writes the history of action states (F26) and carries a change on to the states that mirror the
 * changed one (testing source Parent, F27), whose history then names the parent. Every line written
 * is also fired as an {@link ActionStateChanged} event, in the same transaction.
 */
@Dependent
public class ActionHistory {

  @PersistenceContext private EntityManager em;

  @Inject private Event<ActionStateChanged> changed;

  /**
   * Records what a person changed since {@code before}, then lets the states that follow this one
   * mirror it.
   */
  public void recordByPerson(ActionState state, Snapshot before, User person) {
    for (FieldChange change : state.snapshot().changesSince(before)) {
      write(ActionChange.byPerson(state, person, change));
    }
    mirrorInChildren(state);
  }

  /**
   * Records what automated monitoring changed since {@code before}, naming the signal behind it,
   * then lets the states that follow this one mirror it. A partial result whose share changed gets
   * a line of its own: the status alone would not show it.
   *
   * @param fractionBefore the compliant share before the change, or {@code null}
   * @param signalId the deciding signal, or {@code null} when there was no fresh one
   * @param because the signal in words, or what happened instead
   */
  public void recordByAutomation(
      ActionState state,
      Snapshot before,
      java.math.BigDecimal fractionBefore,
      Long signalId,
      String because) {
    for (FieldChange change : state.snapshot().changesSince(before)) {
      write(ActionChange.byAutomation(state, signalId, because, change));
    }
    String fractionAfter = percent(state.getPartialFraction().orElse(null));
    if (!java.util.Objects.equals(percent(fractionBefore), fractionAfter)) {
      write(
          ActionChange.byAutomation(
              state,
              signalId,
              because,
              new FieldChange(PARTIAL_SHARE, percent(fractionBefore), fractionAfter)));
    }
    mirrorInChildren(state);
  }

  /** The history's field for the compliant share of a partial result. */
  public static final String PARTIAL_SHARE = "partialShare";

  private static String percent(java.math.BigDecimal fraction) {
    return fraction == null
        ? null
        : fraction.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString()
            + " %";
  }

  /** Records evidence added ({@code removed} null) or removed ({@code added} null). */
  public void recordEvidence(ActionState state, User person, String removed, String added) {
    write(
        ActionChange.byPerson(
            state, person, new FieldChange(ActionChange.EVIDENCE, removed, added)));
  }

  /** The history of a state, newest first. */
  public List<ActionChange> of(ActionState state) {
    return em.createNamedQuery(ActionChange.FIND_BY_STATE, ActionChange.class)
        .setParameter("state", state)
        .getResultList();
  }

  /**
   * Every state that follows {@code parent} takes its values, and so on down: a child can be a
   * parent too. Cycles are refused when a parent is chosen, so this ends.
   */
  public void mirrorInChildren(ActionState parent) {
    List<ActionState> children =
        em.createNamedQuery(ActionState.FIND_CHILDREN, ActionState.class)
            .setParameter("parent", parent)
            .getResultList();
    for (ActionState child : children) {
      Snapshot before = child.snapshot();
      child.mirror(parent);
      List<FieldChange> changes = child.snapshot().changesSince(before);
      changes.forEach(change -> write(ActionChange.fromParent(child, parent, change)));
      if (!changes.isEmpty()) {
        mirrorInChildren(child);
      }
    }
  }

  /** Keeps one history line and tells the observers of state changes about it. */
  private void write(ActionChange change) {
    em.persist(change);
    changed.fire(ActionStateChanged.of(change));
  }
}
