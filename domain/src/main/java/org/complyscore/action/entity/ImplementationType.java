package org.complyscore.action.entity;

/**
 * How an improvement action is carried out. Operational and documentation actions are
 * non-technical: each group tracks them on its own, whereas a technical setting holds for the whole
 * organization.
 */
public enum ImplementationType {
  TECHNICAL,
  OPERATIONAL,
  DOCUMENTATION;

  public boolean isTechnical() {
    return this == TECHNICAL;
  }
}
