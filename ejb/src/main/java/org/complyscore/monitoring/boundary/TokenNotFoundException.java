package org.complyscore.monitoring.boundary;

import org.complyscore.shared.entity.NotFoundException;

/** No API token has this id. */
public class TokenNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public TokenNotFoundException(long id) {
    super("There is no API token " + id + ".");
  }
}
