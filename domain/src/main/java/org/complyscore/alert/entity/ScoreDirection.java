package org.complyscore.alert.entity;

import java.math.BigDecimal;

/** Which score changes a score-change policy watches for. */
public enum ScoreDirection {
  /** The score fell by at least the threshold: the usual worry. */
  DROP,
  /** The score rose by at least the threshold. */
  RISE,
  /** Either. */
  EITHER;

  /**
   * Whether a change of {@code delta} percentage points reaches {@code threshold} (a positive
   * number of points) in this direction.
   */
  public boolean isReachedBy(BigDecimal delta, BigDecimal threshold) {
    return switch (this) {
      case DROP -> delta.negate().compareTo(threshold) >= 0;
      case RISE -> delta.compareTo(threshold) >= 0;
      case EITHER -> delta.abs().compareTo(threshold) >= 0;
    };
  }
}
