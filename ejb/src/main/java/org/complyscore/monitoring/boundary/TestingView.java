package org.complyscore.monitoring.boundary;

import java.io.Serializable;
import java.util.List;
import org.complyscore.action.entity.TestingCombination;
import org.complyscore.action.entity.TestingSource;

/**
 * What makes an action pass (F31), for its Testing tab: the checks it listens to, how they combine,
 * whether monitoring tests it now, and the latest result of every checked resource.
 *
 * @param automatable whether it has testing logic (checks) at all
 * @param automated whether monitoring sets its test status now
 * @param providerAction a service provider's action, which is not tested here
 * @param automationOn the Owner's switch for all actions
 * @param freshnessHours how old a signal may be and still count
 */
public record TestingView(
    long stateId,
    long actionId,
    List<String> checkIds,
    TestingCombination combination,
    boolean automatable,
    boolean automated,
    TestingSource testingSource,
    boolean providerAction,
    boolean automationOn,
    long freshnessHours,
    List<CheckResultRow> results)
    implements Serializable {

  /** The check ids one per line, as the edit form shows them. */
  public String checkIdLines() {
    return String.join("\n", checkIds);
  }
}
