package org.complyscore.assessment.entity;

/**
 * A control's status, derived from the states of its improvement actions (scoring rule 7), never
 * stored by hand.
 */
public enum ControlStatus {
  /** All actions passed, or some passed and the rest are out of scope. */
  PASSED,
  /** Some action failed. */
  FAILED,
  /** No action has been tested yet. */
  NONE,
  /** All actions are out of scope. */
  OUT_OF_SCOPE,
  /** Anything else: testing has begun but is not through. */
  IN_PROGRESS;

  /**
   * How a control's actions stand, counted.
   *
   * @param actions all of the control's actions
   * @param outOfScope those out of scope (implementation or test)
   * @param passed in scope, implemented and passed
   * @param failed in scope and failed at any risk
   * @param tested in scope with a test result: passed, failed or partially tested
   */
  public record ActionTally(int actions, int outOfScope, int passed, int failed, int tested) {}

  public static ControlStatus derive(ActionTally tally) {
    int inScope = tally.actions() - tally.outOfScope();
    if (tally.actions() > 0 && inScope == 0) {
      return OUT_OF_SCOPE;
    }
    if (tally.failed() > 0) {
      return FAILED;
    }
    if (inScope > 0 && tally.passed() == inScope) {
      return PASSED;
    }
    if (tally.tested() == 0) {
      return NONE;
    }
    return IN_PROGRESS;
  }

  /** Testing has produced something for this control: passed, failed or in progress. */
  public boolean isTested() {
    return this == PASSED || this == FAILED || this == IN_PROGRESS;
  }
}
