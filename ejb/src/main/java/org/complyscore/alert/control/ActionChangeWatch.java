package org.complyscore.alert.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.complyscore.action.control.ActionStateChanged;
import org.complyscore.alert.entity.AlertCondition;
import org.complyscore.alert.entity.AlertFrequency;
import org.complyscore.alert.entity.AlertPolicy;
import org.complyscore.alert.entity.MatchedChange;

/**
 * Matches every recorded change of an action (a person's, a parent action's, automated
 * monitoring's) against the enabled policies.
 *
 * <p>It observes <em>during</em> the transaction that makes the change, not after it: the alert and
 * its mails in the outbox are then saved exactly when the change is. A change that is rolled back
 * (refused further on) raises nothing, and a saved one cannot lose its alert to a crash between its
 * commit and a second transaction. The price is that matching runs inside the change's transaction,
 * so it is kept cheap: the policies are read once per transaction, and only a transaction with a
 * match of a threshold policy locks rows: those of all threshold policies, at once and in one order
 * (see {@link EnabledPolicies#lockThresholdPolicies}), so that two transactions never wait for each
 * other's policy locks.
 */
@ApplicationScoped
public class ActionChangeWatch {

  @Inject private EnabledPolicies enabledPolicies;

  @Inject private AlertRaiser raiser;

  @PersistenceContext private EntityManager em;

  void onChange(@Observes(during = TransactionPhase.IN_PROGRESS) ActionStateChanged changed) {
    Optional<AlertCondition> condition = AlertCondition.ofHistoryField(changed.field());
    if (condition.isEmpty()) {
      return;
    }
    List<AlertPolicy> matching =
        policies().stream()
            .filter(policy -> policy.matches(condition.get(), changed.newValue()))
            .toList();
    if (matching.isEmpty()) {
      return;
    }
    MatchedChange match =
        new MatchedChange(
            changed.stateId(),
            changed.actionTitle(),
            changed.field(),
            changed.oldValue(),
            changed.newValue(),
            changed.origin(),
            changed.changedBy(),
            Instant.now().truncatedTo(ChronoUnit.MICROS));
    if (matching.stream().anyMatch(policy -> policy.getFrequency() == AlertFrequency.THRESHOLD)) {
      lockThresholdPolicies();
    }
    for (AlertPolicy policy : matching) {
      raiser.match(policy, match);
    }
  }

  private void lockThresholdPolicies() {
    try {
      enabledPolicies.lockThresholdPolicies(raiser);
    } catch (ContextNotActiveException noTransaction) {
      // Nothing to lock for: without a transaction nothing is written either.
    }
  }

  /** The policies of this transaction; read anew when there is none to keep them for. */
  private List<AlertPolicy> policies() {
    try {
      return enabledPolicies.watchingActions();
    } catch (ContextNotActiveException noTransaction) {
      return em.createNamedQuery(AlertPolicy.FIND_ENABLED, AlertPolicy.class).getResultList();
    }
  }
}
