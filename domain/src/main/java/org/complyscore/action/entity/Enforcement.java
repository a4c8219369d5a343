package org.complyscore.action.entity;

/** Whether the regulation requires the action or leaves it to the organization's judgement. */
public enum Enforcement {
  MANDATORY,
  DISCRETIONARY
}
