package org.complyscore.alert.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where the triage of an alert stands. An alert starts Active; someone looks into it
 * (Investigating) and closes it as Resolved (it was real and is dealt with) or Dismissed (it needed
 * nothing). A closed alert can be reopened to Active, not moved from one closed status to the
 * other: reopening first keeps the history honest about someone changing their mind.
 */
public enum AlertStatus {
  ACTIVE,
  INVESTIGATING,
  RESOLVED,
  DISMISSED;

  private static final Set<AlertStatus> OPEN = EnumSet.of(ACTIVE, INVESTIGATING);

  /** Still needs someone: Active or Investigating. */
  public boolean isOpen() {
    return OPEN.contains(this);
  }

  /** Whether an alert in this status may move to {@code target}; never to the status it has. */
  public boolean canTransitionTo(AlertStatus target) {
    if (target == null || target == this) {
      return false;
    }
    return switch (this) {
      case ACTIVE -> true;
      case INVESTIGATING -> true;
      case RESOLVED, DISMISSED -> target == ACTIVE;
    };
  }
}
