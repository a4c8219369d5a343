package org.complyscore.alert.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.complyscore.action.boundary.PersonRef;
import org.complyscore.alert.entity.AlertCondition;
import org.complyscore.alert.entity.AlertFrequency;
import org.complyscore.alert.entity.AlertPolicy;
import org.complyscore.alert.entity.AlertSeverity;
import org.complyscore.alert.entity.ScoreDirection;

/**
 * An alert policy as the settings page and the API show it.
 *
 * @param version for an edit to name the version it was made on
 * @param referencePercent for a score-change policy, the score it compares with; null before its
 *     first look
 * @param openAlerts its alerts that are Active or Investigating
 */
public record AlertPolicyRow(
    long id,
    long version,
    String name,
    AlertCondition condition,
    AlertSeverity severity,
    AlertFrequency frequency,
    Integer thresholdMatches,
    Integer windowMinutes,
    List<String> statuses,
    BigDecimal scoreThreshold,
    ScoreDirection scoreDirection,
    BigDecimal referencePercent,
    Instant referenceAt,
    List<PersonRef> recipientUsers,
    List<String> recipientEmails,
    boolean enabled,
    long openAlerts)
    implements java.io.Serializable {

  static AlertPolicyRow of(AlertPolicy policy, long openAlerts) {
    return new AlertPolicyRow(
        policy.getId(),
        policy.getVersion(),
        policy.getName(),
        policy.getCondition(),
        policy.getSeverity(),
        policy.getFrequency(),
        policy.getThresholdMatches().orElse(null),
        policy.getWindowMinutes().orElse(null),
        policy.getStatuses(),
        policy.getScoreThreshold().orElse(null),
        policy.getScoreDirection().orElse(null),
        policy.getReferencePercent().orElse(null),
        policy.getReferenceAt().orElse(null),
        policy.getRecipientUsers().stream().map(user -> PersonRef.of(user)).toList(),
        policy.getRecipientEmails(),
        policy.isEnabled(),
        openAlerts);
  }

  /** The input that defines this policy as it is, for an editor to start from. */
  public AlertPolicyInput toInput() {
    return new AlertPolicyInput(
        name,
        condition,
        severity,
        frequency,
        thresholdMatches,
        windowMinutes,
        statuses,
        scoreThreshold,
        scoreDirection,
        recipientUsers.stream().map(PersonRef::id).toList(),
        recipientEmails,
        enabled);
  }
}
