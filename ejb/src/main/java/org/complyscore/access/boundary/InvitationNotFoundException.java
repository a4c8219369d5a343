package org.complyscore.access.boundary;

import org.complyscore.shared.entity.NotFoundException;

/** No pending invitation has this id. */
public class InvitationNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public InvitationNotFoundException(long invitationId) {
    super(
        "There is no pending invitation with id "
            + invitationId
            + ": it may have been accepted or revoked meanwhile.");
  }
}
