package org.complyscore.action.entity;

/** What an improvement action does against a risk. */
public enum Purpose {
  PREVENTIVE,
  DETECTIVE,
  CORRECTIVE
}
