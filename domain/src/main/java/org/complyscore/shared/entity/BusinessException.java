package org.complyscore.shared.entity;

import jakarta.ejb.ApplicationException;

/**
 * A refusal a person can act on: the message says what is wrong in words for them. Thrown by
 * entities and services; rolls the transaction back, so nothing is half-saved.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected BusinessException(String message) {
    super(message);
  }
}
