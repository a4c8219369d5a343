package org.complyscore.audit.entity;

/** The kinds of security-relevant events the audit log keeps. */
public enum AuditEventType {
  SIGN_IN_SUCCEEDED,
  SIGN_IN_FAILED,
  SIGN_IN_LOCKED,
  SIGNED_OUT,
  ROLE_CHANGED,
  USER_DEACTIVATED,
  USER_REACTIVATED,
  ACTIONS_REASSIGNED,
  INVITATION_SENT,
  INVITATION_RESENT,
  INVITATION_REVOKED,
  INVITATION_ACCEPTED,
  MAIL_FAILED,
  MAIL_RETRIED
}
