package org.complyscore.monitoring.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.complyscore.action.entity.ActionState;
import org.complyscore.monitoring.entity.MonitoringSettings;

/**
 * The Owner's switch for automated testing (F31) and what it means for a new state: while it is on,
 * the state of an action with testing logic starts automated, waiting for its first signal.
 */
@Dependent
public class AutomationDefaults {

  @PersistenceContext private EntityManager em;

  /** The one settings row, made with automation on when it is first needed. */
  public MonitoringSettings settings() {
    return em.createQuery(
            "select s from MonitoringSettings s order by s.id", MonitoringSettings.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              MonitoringSettings made = new MonitoringSettings();
              em.persist(made);
              return made;
            });
  }

  /**
   * Starts a new state automated when automation is on and its action has testing logic.
   *
   * @param automationOn the switch, read once by the caller for all its new states
   */
  public static void adopt(ActionState created, boolean automationOn) {
    if (automationOn
        && created.getAction().getTestingLogic().isAutomatable()
        && !created.getAction().isProviderAction()) {
      created.automate();
    }
  }
}
