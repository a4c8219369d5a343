package org.complyscore.action.boundary;

/**
 * How the action list groups its rows (F21); each group gets a header with its counts and points.
 * {@link #GROUP} is the scope of the state: one group for the organization's non-technical actions,
 * "Organization-wide" for the rest.
 */
public enum ActionGrouping {
  NONE,
  GROUP,
  SOLUTION,
  CATEGORY,
  ACTION_TYPE,
  STATUS
}
