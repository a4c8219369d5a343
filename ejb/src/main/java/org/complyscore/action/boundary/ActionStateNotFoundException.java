package org.complyscore.action.boundary;

import org.complyscore.shared.entity.NotFoundException;

/** An action state that does not exist (any more). */
public class ActionStateNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public ActionStateNotFoundException(long stateId) {
    super("There is no improvement action state " + stateId + "; it may have been removed.");
  }
}
