package org.complyscore.access.boundary;

import org.complyscore.shared.entity.NotFoundException;

/** No user has this id. */
public class UserNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public UserNotFoundException(long userId) {
    super("There is no user with id " + userId + ".");
  }
}
