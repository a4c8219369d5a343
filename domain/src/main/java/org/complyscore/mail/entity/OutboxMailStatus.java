package org.complyscore.mail.entity;

/** Where a mail of the outbox stands. */
public enum OutboxMailStatus {
  /** Waiting for its next attempt. */
  PENDING,
  /** Handed to the SMTP server. */
  SENT,
  /** Given up after the last attempt; administrators see it and can try again. */
  FAILED
}
