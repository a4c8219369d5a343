package org.complyscore.assessment.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An assessment's status, derived from its controls' statuses (scoring rule 8), with its progress:
 * passed controls out of the controls in scope.
 */
public enum AssessmentStatus {
  /** All controls passed, or passed and the rest out of scope. */
  COMPLETE,
  /** Some control failed. */
  INCOMPLETE,
  /** No control has been tested yet. */
  NONE,
  /** Anything else. */
  IN_PROGRESS;

  /**
   * How an assessment's controls stand, counted by their derived status.
   *
   * @param controls all controls
   * @param outOfScope controls out of scope
   * @param passed controls passed
   * @param failed controls failed
   * @param inProgress controls in progress
   */
  public record ControlTally(int controls, int outOfScope, int passed, int failed, int inProgress) {

    public int inScope() {
      return controls - outOfScope;
    }

    /** Passed controls out of in-scope controls, in percent with one decimal; 0 without any. */
    public BigDecimal progressPercent() {
      if (inScope() == 0) {
        return BigDecimal.ZERO.setScale(1);
      }
      return BigDecimal.valueOf(100L * passed)
          .divide(BigDecimal.valueOf(inScope()), 1, RoundingMode.HALF_UP);
    }
  }

  public static AssessmentStatus derive(ControlTally tally) {
    if (tally.failed() > 0) {
      return INCOMPLETE;
    }
    if (tally.passed() > 0 && tally.passed() == tally.inScope()) {
      return COMPLETE;
    }
    if (tally.passed() + tally.inProgress() == 0) {
      return NONE;
    }
    return IN_PROGRESS;
  }
}
