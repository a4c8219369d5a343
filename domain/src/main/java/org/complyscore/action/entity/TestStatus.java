package org.complyscore.action.entity;

import java.util.EnumSet;
import java.util.Set;

/** What testing an improvement action found. */
public enum TestStatus {
  NONE,
  NOT_ASSESSED,
  IN_PROGRESS,
  PASSED,
  FAILED_LOW_RISK,
  FAILED_MEDIUM_RISK,
  FAILED_HIGH_RISK,
  OUT_OF_SCOPE,
  /** Automated testing waits for its first signal. */
  TO_BE_DETECTED,
  /** Automated testing had no fresh signal in time. */
  COULD_NOT_BE_DETECTED,
  /** Automated testing found part of the resources compliant; earns that share of the points. */
  PARTIALLY_TESTED;

  private static final Set<TestStatus> FAILED =
      EnumSet.of(FAILED_LOW_RISK, FAILED_MEDIUM_RISK, FAILED_HIGH_RISK);
  private static final Set<TestStatus> SET_BY_AUTOMATION_ONLY =
      EnumSet.of(TO_BE_DETECTED, COULD_NOT_BE_DETECTED, PARTIALLY_TESTED);

  public boolean isFailed() {
    return FAILED.contains(this);
  }

  /** A test was carried out and gave a result: passed, failed, or partially passed. */
  public boolean isTested() {
    return this == PASSED || this == PARTIALLY_TESTED || isFailed();
  }

  /** Only automated testing sets these; a person cannot. */
  public boolean isSetByAutomationOnly() {
    return SET_BY_AUTOMATION_ONLY.contains(this);
  }
}
