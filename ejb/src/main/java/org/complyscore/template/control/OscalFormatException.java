package org.complyscore.template.control;

import org.complyscore.shared.entity.BusinessException;

/** An OSCAL document that cannot be read, with what is wrong and where. */
public class OscalFormatException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public OscalFormatException(String message) {
    super(message);
  }
}
