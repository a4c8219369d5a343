package org.complyscore.alert.boundary;

import org.complyscore.shared.entity.NotFoundException;

/** An alert policy that does not exist (any more). */
public class AlertPolicyNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public AlertPolicyNotFoundException(long id) {
    super("There is no alert policy " + id + "; it may have been deleted.");
  }
}
