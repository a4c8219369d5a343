package org.complyscore.alert.boundary;

import java.util.EnumSet;
import java.util.Set;
import org.complyscore.alert.entity.AlertSeverity;
import org.complyscore.alert.entity.AlertStatus;

/**
 * Which alerts the list shows: an empty set or a null id does not narrow.
 *
 * @param assigneeId alerts assigned to this person
 * @param unassigned alerts assigned to nobody (with {@code assigneeId}: either)
 */
public record AlertFilter(
    Set<AlertStatus> statuses,
    Set<AlertSeverity> severities,
    Long policyId,
    Long assigneeId,
    boolean unassigned)
    implements java.io.Serializable {

  /** Every alert. */
  public static final AlertFilter ALL = new AlertFilter(Set.of(), Set.of(), null, null, false);

  /** What the list shows first: the alerts that still need someone. */
  public static final AlertFilter OPEN =
      new AlertFilter(
          EnumSet.of(AlertStatus.ACTIVE, AlertStatus.INVESTIGATING), Set.of(), null, null, false);

  public AlertFilter {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    severities = severities == null ? Set.of() : Set.copyOf(severities);
  }
}
