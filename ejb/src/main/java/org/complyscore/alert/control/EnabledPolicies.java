package org.complyscore.alert.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.List;
import org.complyscore.alert.entity.AlertFrequency;
import org.complyscore.alert.entity.AlertPolicy;

/**
 * The enabled policies that watch actions, read once per transaction. Creating an assessment from
 * another group's work writes a history line for thousands of states, and each is an event: one
 * query for the policies per transaction, not per line.
 */
@TransactionScoped
public class EnabledPolicies implements Serializable {

  private static final long serialVersionUID = 1L;

  @PersistenceContext private transient EntityManager em;

  private transient List<AlertPolicy> policies;

  private transient boolean thresholdsLocked;

  /** The enabled policies whose condition is a change of an action, oldest first. */
  public List<AlertPolicy> watchingActions() {
    if (policies == null) {
      policies =
          em.createNamedQuery(AlertPolicy.FIND_ENABLED, AlertPolicy.class).getResultList().stream()
              .filter(policy -> !policy.getCondition().isScoreChange())
              .toList();
    }
    return policies;
  }

  /**
   * Locks every enabled threshold policy that watches actions, in id order, the first time this
   * transaction needs the lock of one ({@link AlertRaiser} counts under it). A transaction whose
   * changes match several threshold policies would otherwise lock them in the order of its changes,
   * and two such transactions could wait for each other; taken all at once in one order, they
   * cannot.
   */
  public void lockThresholdPolicies(AlertRaiser raiser) {
    if (thresholdsLocked) {
      return;
    }
    raiser.lock(
        watchingActions().stream()
            .filter(policy -> policy.getFrequency() == AlertFrequency.THRESHOLD)
            .toList());
    thresholdsLocked = true;
  }
}
