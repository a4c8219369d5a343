package org.complyscore.access.boundary;

import org.complyscore.shared.entity.BusinessException;

/** Refused: the change would leave ComplyScore without an active Owner. */
public class LastOwnerException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public LastOwnerException(String username) {
    super(
        "ComplyScore needs at least one active Owner: make someone else Owner before you change "
            + username
            + ".");
  }
}
