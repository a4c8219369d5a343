package org.complyscore.monitoring.entity;

/** What a check found on one resource. */
public enum SignalResult {
  PASS,
  FAIL,
  /** Compliant in part: the signal carries the compliant share. */
  PARTIAL
}
