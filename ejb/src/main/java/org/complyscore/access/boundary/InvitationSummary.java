package org.complyscore.access.boundary;

import java.time.Instant;
import org.complyscore.access.entity.Invitation;
import org.complyscore.access.entity.Role;

/** A pending invitation as the list of invitations shows it. */
public record InvitationSummary(
    long id,
    String email,
    Role role,
    String invitedBy,
    Instant sentAt,
    Instant expiresAt,
    boolean expired) {

  static InvitationSummary of(Invitation invitation, Instant now) {
    return new InvitationSummary(
        invitation.getId(),
        invitation.getEmail(),
        invitation.getRole(),
        invitation.getInvitedBy().getDisplayName(),
        invitation.getModifiedAt(),
        invitation.getExpiresAt(),
        invitation.isExpired(now));
  }
}
