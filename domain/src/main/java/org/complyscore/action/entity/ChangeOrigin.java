package org.complyscore.action.entity;

/** What made a recorded change to an improvement action. */
public enum ChangeOrigin {
  /** A signed-in person, through a page or the REST API. */
  PERSON,
  /** The parent action this action mirrors (testing source Parent). */
  PARENT,
  /** Automated monitoring, from a signal. */
  AUTOMATION
}
