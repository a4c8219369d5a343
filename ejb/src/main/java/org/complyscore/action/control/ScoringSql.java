package org.complyscore.action.control;

/**
 * The scoring rules of {@code ScoringRules} as SQL expressions over an action state {@code s} and
 * its action {@code a}, so that every query that adds points (the score, the action list's group
 * totals) adds them the same way. The integration tests hold both forms to the same numbers.
 */
public final class ScoringSql {

  /** Implemented as intended or by an alternative: only then can the state earn points. */
  public static final String IMPLEMENTED =
      "s.implementation_status IN ('IMPLEMENTED', 'ALTERNATIVE_IMPLEMENTATION')";

  /** Rule 3: out of scope leaves the denominator. */
  public static final String ACHIEVABLE =
      "CASE WHEN s.implementation_status = 'OUT_OF_SCOPE' OR s.test_status = 'OUT_OF_SCOPE'"
          + " THEN 0 ELSE a.points END";

  /** Rules 2 and 4: all points when implemented and passed, the reported share when partial. */
  public static final String ACHIEVED =
      "CASE WHEN "
          + IMPLEMENTED
          + " AND s.test_status = 'PASSED' THEN a.points"
          + " WHEN "
          + IMPLEMENTED
          + " AND s.test_status = 'PARTIALLY_TESTED' THEN a.points * COALESCE(s.partial_fraction, 0)"
          + " ELSE 0 END";

  private ScoringSql() {}
}
