package org.complyscore.alert.entity;

/** How urgent an alert of a policy is; the alerts list and the mails show it first. */
public enum AlertSeverity {
  LOW,
  MEDIUM,
  HIGH
}
