package org.complyscore.score.entity;

/** What a score breaks down by; the overall score is one line of its own. */
public enum ScoreDimension {
  OVERALL,
  ASSESSMENT,
  CATEGORY,
  SOLUTION,
  GROUP,
  REGULATION
}
