package org.complyscore.access.boundary;

import org.complyscore.shared.entity.BusinessException;

/** Refused: an account already uses this e-mail address. */
public class AccountExistsException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AccountExistsException(String email) {
    super(
        "An account for "
            + email
            + " exists already: change its role in the list of users instead.");
  }
}
