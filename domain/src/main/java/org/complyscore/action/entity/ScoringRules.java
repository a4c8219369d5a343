package org.complyscore.action.entity;

import java.math.BigDecimal;

/**
 * The product's scoring rules 2 to 4 for one counted action state, as plain functions. {@code
 * ScoreQueries} states the same rules in SQL for whole sets; the integration tests hold the two to
 * the same numbers.
 */
public final class ScoringRules {

  private ScoringRules() {}

  /** Rule 3: out of scope (implementation or test) removes the action from both sides. */
  public static boolean isOutOfScope(ImplementationStatus implementation, TestStatus test) {
    return implementation == ImplementationStatus.OUT_OF_SCOPE || test == TestStatus.OUT_OF_SCOPE;
  }

  /** The points the action can earn: all of them, or none when out of scope. */
  public static int achievable(int points, ImplementationStatus implementation, TestStatus test) {
    return isOutOfScope(implementation, test) ? 0 : points;
  }

  /**
   * Rules 2 and 4: all points when implemented (or alternatively) and passed; the reported share
   * when implemented and partially tested; otherwise none.
   */
  public static BigDecimal achieved(
      int points, ImplementationStatus implementation, TestStatus test, BigDecimal fraction) {
    if (isOutOfScope(implementation, test) || !implementation.isImplemented()) {
      return BigDecimal.ZERO;
    }
    return switch (test) {
      case PASSED -> BigDecimal.valueOf(points);
      case PARTIALLY_TESTED ->
          fraction == null ? BigDecimal.ZERO : BigDecimal.valueOf(points).multiply(fraction);
      default -> BigDecimal.ZERO;
    };
  }
}
