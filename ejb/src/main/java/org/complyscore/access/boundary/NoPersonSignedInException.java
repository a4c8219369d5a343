package org.complyscore.access.boundary;

import org.complyscore.shared.entity.NotFoundException;

/**
 * The caller is no person: a machine with an API token asked who is signed in. Answered as "not
 * found" (404): the request is allowed, there is just no person to show.
 */
public class NoPersonSignedInException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public NoPersonSignedInException() {
    super("No person is signed in: this request came with an API token.");
  }
}
