package org.complyscore.score.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Points achieved out of points achievable, and the percentage (rule 6). Achieved points can be
 * fractional: a partially tested action earns its share.
 */
public record Score(BigDecimal achieved, long achievable) {

  public static final Score ZERO = new Score(BigDecimal.ZERO, 0);

  public Score {
    achieved = achieved.stripTrailingZeros();
    if (achieved.scale() < 0) {
      achieved = achieved.setScale(0);
    }
  }

  /** Achieved ÷ achievable in percent, one decimal; 0 when nothing is achievable. */
  public BigDecimal percent() {
    return percentOf(achieved);
  }

  /**
   * Some points in percent of the achievable ones, one decimal; 0 when nothing is achievable. What
   * a key action would add to the score, or what a solution contributes to it.
   */
  public BigDecimal percentOf(BigDecimal points) {
    if (achievable == 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return points
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(achievable), 1, RoundingMode.HALF_UP);
  }

  /** Several scores together: their points added up. */
  public static Score sum(java.util.Collection<Score> scores) {
    return new Score(
        scores.stream().map(Score::achieved).reduce(BigDecimal.ZERO, BigDecimal::add),
        scores.stream().mapToLong(Score::achievable).sum());
  }

  /** The points still to gain. */
  public BigDecimal remaining() {
    return BigDecimal.valueOf(achievable).subtract(achieved);
  }
}
