package org.complyscore.alert.boundary;

import java.math.BigDecimal;
import java.util.List;
import org.complyscore.alert.entity.AlertCondition;
import org.complyscore.alert.entity.AlertFrequency;
import org.complyscore.alert.entity.AlertSeverity;
import org.complyscore.alert.entity.ScoreDirection;

/**
 * An alert policy as a form or a REST client defines it; the policy checks it as a whole.
 *
 * @param thresholdMatches and {@code windowMinutes}: for frequency THRESHOLD only
 * @param statuses new statuses of interest (constant names), for implementation and test status
 *     changes only; empty for any
 * @param scoreThreshold percentage points, and {@code scoreDirection}: for score changes only
 * @param recipientUserIds people (their e-mail address when the mail is written)
 * @param recipientEmails further addresses, such as a team's mailbox
 */
public record AlertPolicyInput(
    String name,
    AlertCondition condition,
    AlertSeverity severity,
    AlertFrequency frequency,
    Integer thresholdMatches,
    Integer windowMinutes,
    List<String> statuses,
    BigDecimal scoreThreshold,
    ScoreDirection scoreDirection,
    List<Long> recipientUserIds,
    List<String> recipientEmails,
    boolean enabled)
    implements java.io.Serializable {}
