package org.complyscore.action.entity;

/** How far the organization has put an improvement action into practice. */
public enum ImplementationStatus {
  NOT_IMPLEMENTED,
  PLANNED,
  IMPLEMENTED,
  ALTERNATIVE_IMPLEMENTATION,
  OUT_OF_SCOPE;

  /**
   * Implemented, as intended or by an alternative: only then can the action be tested, carry an
   * implementation date, and earn points.
   */
  public boolean isImplemented() {
    return this == IMPLEMENTED || this == ALTERNATIVE_IMPLEMENTATION;
  }
}
