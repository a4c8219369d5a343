package org.complyscore.action.entity;

import org.complyscore.shared.entity.BusinessException;

/** A status change the product's rules forbid, with the rule in its message. */
public class IllegalStatusChangeException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public IllegalStatusChangeException(String message) {
    super(message);
  }
}
