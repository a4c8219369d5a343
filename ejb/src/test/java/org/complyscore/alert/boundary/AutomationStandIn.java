package org.complyscore.alert.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.complyscore.action.control.ActionStateChanged;
import org.complyscore.action.entity.ChangeOrigin;

/**
 * Stands in for automated monitoring, so that the alerts are tested without tokens, signals and
 * testing logic: monitoring records its changes through the action history, which fires {@link
 * ActionStateChanged} with origin AUTOMATION and the signal in words as "by", in the change's
 * transaction. This fires the same event, in a transaction of its own, for the alerts to see.
 */
@Stateless
@PermitAll
public class AutomationStandIn {

  @Inject private Event<ActionStateChanged> changed;

  public void flipTestStatus(long stateId, long actionId, String title, String from, String to) {
    changed.fire(
        new ActionStateChanged(
            stateId,
            actionId,
            title,
            null,
            "testStatus",
            from,
            to,
            ChangeOrigin.AUTOMATION,
            "web.tls on https://web01:443"));
  }
}
