package org.complyscore.alert.entity;

/** When matching changes become an alert. */
public enum AlertFrequency {
  /** Every matching change is an alert of its own, mailed at once. */
  EVERY_MATCH,
  /**
   * An alert once a number of matching changes happened within a window of minutes; further matches
   * while it is open and within the window join it instead of mailing again.
   */
  THRESHOLD
}
