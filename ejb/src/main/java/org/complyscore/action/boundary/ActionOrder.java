package org.complyscore.action.boundary;

/** What the action list is sorted by; equal rows keep a stable order (by state id). */
public enum ActionOrder {
  /** Points still to gain: what to do first. */
  SCORE_IMPACT,
  TITLE,
  POINTS,
  ACHIEVED,
  IMPLEMENTATION_STATUS,
  TEST_STATUS,
  ASSIGNEE,
  ACTION_TYPE,
  SOLUTION,
  CATEGORY,
  GROUP,
  TESTING_SOURCE,
  LAST_CHANGED
}
