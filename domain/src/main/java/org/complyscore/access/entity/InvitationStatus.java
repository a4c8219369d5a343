package org.complyscore.access.entity;

/**
 * What was done with an invitation. Expiry is not a status: it follows from the time, so that an
 * invitation expires on the minute without anybody having to mark it.
 */
public enum InvitationStatus {
  PENDING,
  ACCEPTED,
  REVOKED
}
