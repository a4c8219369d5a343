package org.complyscore.alert.entity;

import org.complyscore.shared.entity.BusinessException;

/** A triage step the alert's status does not allow, with the rule in its message. */
public class IllegalAlertStatusChangeException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public IllegalAlertStatusChangeException(String message) {
    super(message);
  }
}
