package org.complyscore.monitoring.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.complyscore.action.control.ActionHistory;
import org.complyscore.action.entity.ActionState;
import org.complyscore.action.entity.ImprovementAction;
import org.complyscore.action.entity.TestingSource;
import org.complyscore.monitoring.entity.Signal;
import org.complyscore.monitoring.entity.TestingOutcome;

/**
 * Turns signals into test statuses (F31): for each action listening to the given checks, the latest
 * signal of each checked resource makes a {@link TestingOutcome}, recorded on the action's
 * automated states with the signal behind it. The database finds the actions and the latest
 * signals; only their outcome is worked out here.
 */
@Dependent
public class AutomatedTesting {

  @PersistenceContext private EntityManager em;

  @Inject private ActionHistory history;

  @Inject private MonitoringConfiguration configuration;

  /**
   * Evaluates the actions that listen to any of these checks.
   *
   * @return how many states changed
   */
  public int evaluateChecks(Collection<String> checkIds, Instant now) {
    if (checkIds.isEmpty()) {
      return 0;
    }
    return evaluate(
        em.createQuery(
                "select distinct a from ImprovementAction a join a.checkIds c where c in :checks",
                ImprovementAction.class)
            .setParameter("checks", checkIds)
            .getResultList(),
        now);
  }

  /**
   * Evaluates every action that has automated states: what the freshness timer runs, so that
   * actions without a fresh signal show it.
   *
   * @return how many states changed
   */
  public int evaluateAll(Instant now) {
    return evaluate(
        em.createQuery(
                "select distinct s.action from ActionState s where s.testingSource = :automatic",
                ImprovementAction.class)
            .setParameter("automatic", TestingSource.AUTOMATIC)
            .getResultList(),
        now);
  }

  /**
   * Evaluates one action's automated states, such as one just switched to automation.
   *
   * @return how many states changed
   */
  public int evaluate(ImprovementAction action, Instant now) {
    return evaluate(List.of(action), now);
  }

  /** The checks of an action that signals actually came for; the rest are unknown to monitoring. */
  public List<String> knownChecks(Collection<String> checkIds) {
    if (checkIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select distinct c from ImprovementAction a join a.checkIds c where c in :checks",
            String.class)
        .setParameter("checks", checkIds)
        .getResultList();
  }

  /** The latest signal of each resource of these checks, fresh or not. */
  public List<Signal> latestSignals(Collection<String> checkIds) {
    if (checkIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery(Signal.LATEST_OF_CHECKS, Signal.class)
        .setParameter("checks", checkIds)
        .getResultList();
  }

  /** The states of an action that monitoring tests now, by id. */
  public List<ActionState> automatedStates(ImprovementAction action) {
    return em.createQuery(
            "select s from ActionState s where s.action = :action and s.testingSource ="
                + " :automatic order by s.id",
            ActionState.class)
        .setParameter("action", action)
        .setParameter("automatic", TestingSource.AUTOMATIC)
        .getResultList();
  }

  private int evaluate(List<ImprovementAction> actions, Instant now) {
    int changed = 0;
    for (ImprovementAction action : actions) {
      List<ActionState> automated = automatedStates(action);
      if (automated.isEmpty()) {
        continue;
      }
      TestingOutcome outcome =
          TestingOutcome.of(
              action.getTestingLogic().combination(),
              latestSignals(action.getTestingLogic().checkIds()),
              now,
              configuration.freshness());
      for (ActionState state : automated) {
        if (record(state, outcome)) {
          changed++;
        }
      }
    }
    return changed;
  }

  private boolean record(ActionState state, TestingOutcome outcome) {
    ActionState.Snapshot before = state.snapshot();
    BigDecimal fractionBefore = state.getPartialFraction().orElse(null);
    if (!state.recordDetection(outcome.status(), outcome.fraction())) {
      return false;
    }
    history.recordByAutomation(
        state,
        before,
        fractionBefore,
        outcome.decidedBy().map(Signal::getId).orElse(null),
        outcome
            .decidedBy()
            .map(Signal::describe)
            .orElse(
                outcome.status() == org.complyscore.action.entity.TestStatus.TO_BE_DETECTED
                    ? "no signal yet"
                    : "no signal within " + hours(configuration.freshness().toHours())));
    return true;
  }

  private static String hours(long hours) {
    return hours == 1 ? "one hour" : hours + " hours";
  }
}
