package org.complyscore.access.boundary;

import java.time.Instant;
import org.complyscore.access.entity.Role;

/** What the holder of a working invitation link is offered: an account for this address. */
public record InvitationOffer(String email, Role role, String invitedBy, Instant expiresAt) {}
