package org.complyscore.action.entity;

/**
 * How the latest results of an action's checks, one per checked resource, make its test status.
 * Both give Passed when every resource passes and Failed (with the worst severity) when none
 * complies at all; they differ for a mix.
 */
public enum TestingCombination {
  /**
   * Any failing resource fails the action, with the worst severity; without failures, resources
   * that comply in part make it Partially tested with their average share. The default: one open
   * door is an open door.
   */
  ANY_FAILURE_FAILS,
  /**
   * The share of compliant resources, averaged (a failure counts 0, a pass 1, a partial result its
   * fraction), is the partial credit: for checks that count devices or accounts, where 95 of 100
   * compliant is worth 95 % of the points.
   */
  AVERAGE
}
