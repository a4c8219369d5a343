package org.complyscore.alert.boundary;

import org.complyscore.shared.entity.BusinessException;

/** Someone else saved the policy since the editor read it: their change is not overwritten. */
public class AlertPolicyChangedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AlertPolicyChangedException() {
    super(
        "Someone else changed this alert policy while you were editing it, so your changes were"
            + " not saved. Open it again to see the current definition.");
  }
}
