package org.complyscore.action.entity;

/**
 * Where an action's test result comes from: a person, automated monitoring, or a parent action
 * whose state and evidence it mirrors.
 */
public enum TestingSource {
  MANUAL,
  AUTOMATIC,
  PARENT
}
