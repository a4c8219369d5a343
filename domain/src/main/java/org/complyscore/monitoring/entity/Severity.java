package org.complyscore.monitoring.entity;

import org.complyscore.action.entity.TestStatus;

/** How bad a failed check is; it becomes the risk of the failed test. */
public enum Severity {
  LOW(TestStatus.FAILED_LOW_RISK),
  MEDIUM(TestStatus.FAILED_MEDIUM_RISK),
  HIGH(TestStatus.FAILED_HIGH_RISK);

  private final TestStatus failedTest;

  Severity(TestStatus failedTest) {
    this.failedTest = failedTest;
  }

  public TestStatus failedTest() {
    return failedTest;
  }
}
