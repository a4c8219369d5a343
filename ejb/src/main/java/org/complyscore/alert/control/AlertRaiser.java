package org.complyscore.alert.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.complyscore.alert.entity.Alert;
import org.complyscore.alert.entity.AlertFrequency;
import org.complyscore.alert.entity.AlertMatch;
import org.complyscore.alert.entity.AlertPolicy;
import org.complyscore.alert.entity.MatchedChange;

/**
 * Turns a match of a policy into what its frequency says, in the caller's transaction: a new alert
 * that is mailed, a further match of the policy's open alert, or a pending match that waits for the
 * threshold. The decision itself is the policy's ({@link AlertPolicy#decide}); this reads what it
 * needs and writes what it decided.
 */
@Dependent
public class AlertRaiser {

  @PersistenceContext private EntityManager em;

  @Inject private AlertMailer mailer;

  /**
   * Handles one match.
   *
   * <p>For a threshold policy the policy's row is locked first: two transactions (or two servers)
   * counting the same window at once could otherwise both see N-1 matches and raise nothing, or
   * both see N and raise two alerts. The lock is held until the caller's transaction ends; only
   * changes that match the same threshold policy wait for each other.
   */
  public void match(AlertPolicy policy, MatchedChange match) {
    if (policy.getFrequency() == AlertFrequency.EVERY_MATCH) {
      raise(policy, match, 1, match.at());
      return;
    }
    if (lock(List.of(policy)).isEmpty() || !policy.isEnabled()) {
      return; // deleted or switched off since this transaction read it
    }
    Instant now = match.at();
    List<Instant> pending =
        new ArrayList<>(
            em.createNamedQuery(AlertMatch.TIMES_SINCE, Instant.class)
                .setParameter("policy", policy)
                .setParameter("since", policy.windowStart(now))
                .getResultList());
    pending.add(now);
    Alert open =
        em.createNamedQuery(Alert.FIND_OPEN_OF_POLICY, Alert.class)
            .setParameter("policy", policy)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    switch (policy.decide(now, pending, open == null ? null : open.getLastMatchAt())) {
      case JOIN_OPEN_ALERT -> open.join(match);
      case RAISE -> {
        raise(
            policy,
            match,
            (int) policy.matchesInWindow(now, pending),
            policy.firstInWindow(now, pending));
        // They are part of the alert now; the next alert counts from zero.
        em.createNamedQuery(AlertMatch.DELETE_OF_POLICY)
            .setParameter("policy", policy)
            .executeUpdate();
      }
      case WAIT -> em.persist(new AlertMatch(policy, now));
    }
  }

  /**
   * Locks the rows of these policies, in id order, until the transaction ends, and reads them
   * again: what another transaction saved before the lock is seen. A policy deleted meanwhile is
   * left out rather than failing the caller's transaction.
   *
   * @return the policies that still exist, locked and current
   */
  public List<AlertPolicy> lock(List<AlertPolicy> policies) {
    if (policies.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery(AlertPolicy.FIND_BY_IDS, AlertPolicy.class)
        .setParameter("ids", policies.stream().map(AlertPolicy::getId).toList())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint("eclipselink.refresh", "true")
        .getResultList();
  }

  private void raise(AlertPolicy policy, MatchedChange match, int matches, Instant firstMatchAt) {
    Alert alert = Alert.raise(policy, match, matches, firstMatchAt);
    em.persist(alert);
    mailer.send(policy, alert);
  }
}
