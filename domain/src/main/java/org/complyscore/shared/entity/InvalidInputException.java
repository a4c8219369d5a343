package org.complyscore.shared.entity;

/**
 * Input that breaks a rule a person can fix. It names the field, so that a form can put the message
 * next to it and the REST API can list it under {@code errors}.
 */
public class InvalidInputException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The input's name: {@code email}, {@code password}, {@code displayName} … */
  public String getField() {
    return field;
  }
}
