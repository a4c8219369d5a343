package org.complyscore.monitoring.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.complyscore.access.control.UserDirectory;
import org.complyscore.access.entity.Permission;
import org.complyscore.access.entity.User;
import org.complyscore.action.boundary.ActionStateNotFoundException;
import org.complyscore.action.control.ActionHistory;
import org.complyscore.action.entity.ActionState;
import org.complyscore.action.entity.ImprovementAction;
import org.complyscore.action.entity.TestingCombination;
import org.complyscore.action.entity.TestingLogic;
import org.complyscore.action.entity.TestingSource;
import org.complyscore.audit.control.AuditLog;
import org.complyscore.audit.entity.AuditEventType;
import org.complyscore.monitoring.control.AutomatedTesting;
import org.complyscore.monitoring.control.AutomationDefaults;
import org.complyscore.monitoring.control.MonitoringConfiguration;
import org.complyscore.monitoring.entity.MonitoringSettings;

/**
 * Testing logic and the automation switches (F31): what makes an action pass, whether monitoring
 * tests one action (Administrators), and the switch for all actions at once (the Owner). Switching
 * is a person's change and is in the action's history as theirs; what monitoring then finds is
 * recorded as automation's.
 */
@Stateless
public class AutomationService {

  @PersistenceContext private EntityManager em;

  @Inject private AutomatedTesting testing;

  @Inject private AutomationDefaults defaults;

  @Inject private MonitoringConfiguration configuration;

  @Inject private ActionHistory history;

  @Inject private UserDirectory users;

  @Inject private AuditLog audit;

  @Resource private SessionContext session;

  /** The Testing tab of a state: its action's logic and the latest result of each resource. */
  @RolesAllowed(Permission.Names.VIEW)
  public TestingView testing(long stateId) {
    ActionState state = state(stateId);
    ImprovementAction action = state.getAction();
    TestingLogic logic = action.getTestingLogic();
    Instant now = Instant.now();
    List<CheckResultRow> results =
        testing.latestSignals(logic.checkIds()).stream()
            .map(
                signal ->
                    CheckResultRow.of(signal, signal.isFreshAt(now, configuration.freshness())))
            .toList();
    return new TestingView(
        state.getId(),
        action.getId(),
        List.copyOf(logic.checkIds()),
        logic.combination(),
        logic.isAutomatable(),
        state.isAutomated(),
        state.getTestingSource(),
        action.isProviderAction(),
        defaults.settings().isAutomationOn(),
        configuration.freshness().toHours(),
        results);
  }

  /**
   * Changes what makes an action pass. Its automated states are evaluated again at once; when it
   * loses its last check, they become manual with the values they have.
   *
   * @param checkIds the check ids, one per line (commas and semicolons also separate)
   * @throws org.complyscore.shared.entity.InvalidInputException naming {@code checkIds}
   */
  @RolesAllowed(Permission.Names.MANAGE_AUTOMATION)
  public TestingView changeTestingLogic(
      long stateId, String checkIds, TestingCombination combination) {
    ActionState state = state(stateId);
    ImprovementAction action = state.getAction();
    TestingLogic before = action.getTestingLogic();
    TestingLogic after = TestingLogic.of(checkIds, combination);
    action.testWith(after);
    if (!after.equals(before)) {
      audit.record(
          AuditEventType.TESTING_LOGIC_CHANGED,
          session.getCallerPrincipal().getName(),
          action.getTitle(),
          "Checks " + String.join(", ", after.checkIds()) + "; " + after.combination());
    }
    if (after.isAutomatable()) {
      testing.evaluate(action, Instant.now());
    } else {
      User person = person();
      testing.automatedStates(action).forEach(automated -> switchState(automated, false, person));
    }
    em.flush();
    return testing(stateId);
  }

  /**
   * Switches monitoring on or off for one action's state. On: it waits for a signal as "To be
   * detected", or takes the result of the signals that came already. Off: people test it again,
   * from the values it has.
   */
  @RolesAllowed(Permission.Names.MANAGE_AUTOMATION)
  public TestingView switchAutomation(long stateId, boolean on) {
    ActionState state = state(stateId);
    if (on == state.isAutomated()) {
      return testing(stateId);
    }
    switchState(state, on, person());
    audit.record(
        AuditEventType.AUTOMATION_SWITCHED,
        session.getCallerPrincipal().getName(),
        state.getAction().getTitle(),
        on ? "on" : "off");
    if (on) {
      testing.evaluate(state.getAction(), Instant.now());
    }
    em.flush();
    return testing(stateId);
  }

  /**
   * The Owner's switch: monitoring on or off for every action with testing logic, and for the
   * states of assessments made later.
   *
   * @return how many states were switched
   */
  @RolesAllowed(Permission.Names.SWITCH_AUTOMATION_FOR_ALL)
  public int switchAll(boolean on) {
    MonitoringSettings settings = defaults.settings();
    settings.switchAutomation(on);
    User person = person();
    List<ActionState> states =
        on
            ? em.createQuery(
                    "select s from ActionState s where s.testingSource <> :automatic and exists"
                        + " (select c from ImprovementAction a join a.checkIds c where a ="
                        + " s.action) and s.action.owner <>"
                        + " org.complyscore.action.entity.ActionOwner.PROVIDER order by s.id",
                    ActionState.class)
                .setParameter("automatic", TestingSource.AUTOMATIC)
                .getResultList()
            : em.createQuery(
                    "select s from ActionState s where s.testingSource = :automatic order by s.id",
                    ActionState.class)
                .setParameter("automatic", TestingSource.AUTOMATIC)
                .getResultList();
    states.forEach(state -> switchState(state, on, person));
    audit.record(
        AuditEventType.AUTOMATION_SWITCHED,
        session.getCallerPrincipal().getName(),
        "all actions",
        (on ? "on" : "off") + " for " + states.size() + " action states");
    if (on) {
      testing.evaluateAll(Instant.now());
    }
    em.flush();
    return states.size();
  }

  @RolesAllowed(Permission.Names.VIEW)
  public MonitoringStatus status() {
    return new MonitoringStatus(
        defaults.settings().isAutomationOn(),
        em.createQuery(
                "select count(distinct a) from ImprovementAction a join a.checkIds c", Long.class)
            .getSingleResult(),
        em.createQuery(
                "select count(s) from ActionState s where s.testingSource = :automatic", Long.class)
            .setParameter("automatic", TestingSource.AUTOMATIC)
            .getSingleResult(),
        configuration.freshness().toHours(),
        configuration.checkInterval().toMinutes());
  }

  /** Switches one state, as the person's change in its history. */
  private void switchState(ActionState state, boolean on, User person) {
    ActionState.Snapshot before = state.snapshot();
    if (on) {
      state.automate();
    } else {
      state.stopAutomation();
    }
    history.recordByPerson(state, before, person);
  }

  private ActionState state(long stateId) {
    ActionState state = em.find(ActionState.class, stateId);
    if (state == null) {
      throw new ActionStateNotFoundException(stateId);
    }
    return state;
  }

  private User person() {
    return users.signedIn(session.getCallerPrincipal());
  }
}
