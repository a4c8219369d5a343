package org.complyscore.alert.boundary;

import java.time.Instant;
import org.complyscore.access.entity.User;
import org.complyscore.action.entity.ChangeOrigin;
import org.complyscore.alert.entity.Alert;
import org.complyscore.alert.entity.AlertCondition;
import org.complyscore.alert.entity.AlertPolicy;
import org.complyscore.alert.entity.AlertSeverity;
import org.complyscore.alert.entity.AlertStatus;

/**
 * An alert as the list and the API show it.
 *
 * @param policyId its policy, or null when the policy was deleted ({@code policyName} stays)
 * @param stateId the action state that changed; null for a score change
 * @param field the history field that changed ({@code testStatus} …), or {@code score}
 * @param oldValue the value before, as the history keeps it (statuses as constant names)
 * @param matchCount how many matching changes the alert stands for
 */
public record AlertRow(
    long id,
    long version,
    Long policyId,
    String policyName,
    AlertCondition condition,
    AlertSeverity severity,
    AlertStatus status,
    Long assigneeId,
    String assigneeName,
    Long stateId,
    String actionTitle,
    String field,
    String oldValue,
    String newValue,
    ChangeOrigin origin,
    String changedBy,
    int matchCount,
    Instant firstMatchAt,
    Instant lastMatchAt,
    Instant statusChangedAt,
    String statusChangedBy)
    implements java.io.Serializable {

  static AlertRow of(Alert alert) {
    return new AlertRow(
        alert.getId(),
        alert.getVersion(),
        alert.getPolicy().map(AlertPolicy::getId).orElse(null),
        alert.getPolicyName(),
        alert.getCondition(),
        alert.getSeverity(),
        alert.getStatus(),
        alert.getAssignee().map(User::getId).orElse(null),
        alert.getAssignee().map(User::getDisplayName).orElse(null),
        alert.getStateId().orElse(null),
        alert.getActionTitle().orElse(null),
        alert.getField(),
        alert.getOldValue().orElse(null),
        alert.getNewValue().orElse(null),
        alert.getOrigin().orElse(null),
        alert.getChangedBy().orElse(null),
        alert.getMatchCount(),
        alert.getFirstMatchAt(),
        alert.getLastMatchAt(),
        alert.getStatusChangedAt().orElse(null),
        alert.getStatusChangedBy().orElse(null));
  }

  public boolean isOpen() {
    return status.isOpen();
  }
}
