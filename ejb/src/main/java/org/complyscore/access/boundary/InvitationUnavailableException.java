package org.complyscore.access.boundary;

import org.complyscore.shared.entity.BusinessException;

/**
 * An invitation link that does not work (any more). The message does not say why: expired, used,
 * revoked or never issued look the same to whoever holds the link.
 */
public class InvitationUnavailableException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public InvitationUnavailableException() {
    super(
        "This invitation link does not work any more: it has expired, was used already or was withdrawn. Ask the person who invited you to send a new invitation.");
  }
}
