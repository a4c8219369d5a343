package org.complyscore.alert.boundary;

import org.complyscore.shared.entity.NotFoundException;

/** An alert that does not exist. */
public class AlertNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public AlertNotFoundException(long id) {
    super("There is no alert " + id + ".");
  }
}
