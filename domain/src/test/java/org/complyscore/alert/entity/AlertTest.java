package org.complyscore.alert.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.complyscore.action.entity.ChangeOrigin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Alerts: what they say about the match, and the triage steps they allow. */
class AlertTest {

  private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

  private static MatchedChange change(String oldValue, String newValue, Instant at) {
    return new MatchedChange(
        42L,
        "Enforce MFA",
        "testStatus",
        oldValue,
        newValue,
        ChangeOrigin.AUTOMATION,
        "Signal",
        at);
  }

  private static Alert alert() {
    return Alert.raise(
        AlertPolicyTest.threshold(2, 10),
        change("PASSED", "FAILED_HIGH_RISK", NOW),
        2,
        NOW.minusSeconds(120));
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
    "ACTIVE,        INVESTIGATING, true",
    "ACTIVE,        RESOLVED,      true",
    "ACTIVE,        DISMISSED,     true",
    "INVESTIGATING, ACTIVE,        true",
    "INVESTIGATING, RESOLVED,      true",
    "INVESTIGATING, DISMISSED,     true",
    "RESOLVED,      ACTIVE,        true",
    "RESOLVED,      INVESTIGATING, false",
    "RESOLVED,      DISMISSED,     false",
    "DISMISSED,     ACTIVE,        true",
    "DISMISSED,     INVESTIGATING, false",
    "DISMISSED,     RESOLVED,      false",
    "ACTIVE,        ACTIVE,        false"
  })
  void theTriageStepsAnAlertAllows(AlertStatus from, AlertStatus to, boolean allowed) {
    assertThat(from.canTransitionTo(to)).isEqualTo(allowed);
  }

  @Test
  void aRaisedAlertIsActiveAndDescribesTheMatchThatRaisedIt() {
    Alert alert = alert();

    assertThat(alert.getStatus()).isEqualTo(AlertStatus.ACTIVE);
    assertThat(alert.isOpen()).isTrue();
    assertThat(alert.getPolicyName()).isEqualTo("Policy");
    assertThat(alert.getSeverity()).isEqualTo(AlertSeverity.HIGH);
    assertThat(alert.getCondition()).isEqualTo(AlertCondition.TEST_STATUS_CHANGE);
    assertThat(alert.getStateId()).contains(42L);
    assertThat(alert.getActionTitle()).contains("Enforce MFA");
    assertThat(alert.getOldValue()).contains("PASSED");
    assertThat(alert.getNewValue()).contains("FAILED_HIGH_RISK");
    assertThat(alert.getOrigin()).contains(ChangeOrigin.AUTOMATION);
    assertThat(alert.getMatchCount()).isEqualTo(2);
    assertThat(alert.getFirstMatchAt()).isEqualTo(NOW.minusSeconds(120));
    assertThat(alert.getLastMatchAt()).isEqualTo(NOW);
  }

  @Test
  void aJoiningMatchCountsAndBecomesWhatTheAlertDescribes() {
    Alert alert = alert();

    alert.join(change("FAILED_HIGH_RISK", "FAILED_LOW_RISK", NOW.plusSeconds(30)));

    assertThat(alert.getMatchCount()).isEqualTo(3);
    assertThat(alert.getNewValue()).contains("FAILED_LOW_RISK");
    assertThat(alert.getFirstMatchAt()).isEqualTo(NOW.minusSeconds(120));
    assertThat(alert.getLastMatchAt()).isEqualTo(NOW.plusSeconds(30));
  }

  @Test
  void triageRecordsWhoAndWhenAndRefusesAStepTheStatusDoesNotAllow() {
    Alert alert = alert();

    assertThat(alert.changeStatus(AlertStatus.INVESTIGATING, "Ann", NOW)).isTrue();
    assertThat(alert.changeStatus(AlertStatus.INVESTIGATING, "Bob", NOW.plusSeconds(1))).isFalse();
    assertThat(alert.getStatusChangedBy()).contains("Ann");
    assertThat(alert.changeStatus(AlertStatus.DISMISSED, "Ann", NOW.plusSeconds(2))).isTrue();
    assertThat(alert.isOpen()).isFalse();

    assertThatThrownBy(() -> alert.changeStatus(AlertStatus.RESOLVED, "Bob", NOW.plusSeconds(3)))
        .isInstanceOf(IllegalAlertStatusChangeException.class)
        .hasMessage("This alert is Dismissed: reopen it (Active) before marking it Resolved.");
    assertThat(alert.getStatus()).isEqualTo(AlertStatus.DISMISSED);
    assertThat(alert.getStatusChangedAt()).contains(NOW.plusSeconds(2));

    assertThat(alert.changeStatus(AlertStatus.ACTIVE, "Bob", NOW.plusSeconds(4))).isTrue();
    assertThat(alert.changeStatus(AlertStatus.RESOLVED, "Bob", NOW.plusSeconds(5))).isTrue();
  }

  @Test
  void longValuesAreCutToWhatTheTableKeeps() {
    Alert alert =
        Alert.raise(
            AlertPolicyTest.threshold(1, 10),
            change(null, "x".repeat(Alert.VALUE_MAX + 10), NOW),
            1,
            null);

    assertThat(alert.getNewValue().orElseThrow()).hasSize(Alert.VALUE_MAX).endsWith("…");
    assertThat(alert.getOldValue()).isEmpty();
    assertThat(alert.getFirstMatchAt()).isEqualTo(NOW);
  }

  @Test
  void conditionsAreFoundByTheirHistoryField() {
    assertThat(AlertCondition.ofHistoryField("testStatus"))
        .contains(AlertCondition.TEST_STATUS_CHANGE);
    assertThat(AlertCondition.ofHistoryField("implementationStatus"))
        .contains(AlertCondition.IMPLEMENTATION_STATUS_CHANGE);
    assertThat(AlertCondition.ofHistoryField("assignee"))
        .contains(AlertCondition.ASSIGNMENT_CHANGE);
    assertThat(AlertCondition.ofHistoryField("evidence")).contains(AlertCondition.EVIDENCE_CHANGE);
    assertThat(AlertCondition.ofHistoryField("testNotes")).isEmpty();
    assertThat(AlertCondition.TEST_STATUS_CHANGE.statusChoices()).contains("FAILED_HIGH_RISK");
    assertThat(AlertCondition.ASSIGNMENT_CHANGE.statusChoices()).isEqualTo(List.of());
  }
}
