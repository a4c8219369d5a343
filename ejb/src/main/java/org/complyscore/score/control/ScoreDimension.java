package org.complyscore.score.control;

/** What a score breaks down by. */
public enum ScoreDimension {
  OVERALL,
  ASSESSMENT,
  CATEGORY,
  SOLUTION,
  GROUP,
  REGULATION
}
