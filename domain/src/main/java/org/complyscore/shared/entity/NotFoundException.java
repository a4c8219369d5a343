package org.complyscore.shared.entity;

/** Something asked for by its id does not exist (any more); REST answers 404. */
public abstract class NotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  protected NotFoundException(String message) {
    super(message);
  }
}
