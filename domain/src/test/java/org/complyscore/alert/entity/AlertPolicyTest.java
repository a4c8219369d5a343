package org.complyscore.alert.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.complyscore.access.entity.Role;
import org.complyscore.access.entity.User;
import org.complyscore.alert.entity.AlertPolicy.Decision;
import org.complyscore.alert.entity.AlertPolicy.Definition;
import org.complyscore.shared.entity.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Alert policies: what they accept, what they match, and the threshold within a window. */
class AlertPolicyTest {

  private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

  static Definition definition(
      AlertCondition condition, AlertFrequency frequency, Integer matches, Integer window) {
    return new Definition(
        "Policy",
        condition,
        AlertSeverity.HIGH,
        frequency,
        matches,
        window,
        List.of(),
        condition.isScoreChange() ? new BigDecimal("5") : null,
        null,
        List.of(),
        List.of("ops@example.org"),
        true);
  }

  static AlertPolicy threshold(int matches, int windowMinutes) {
    return new AlertPolicy(
        definition(
            AlertCondition.TEST_STATUS_CHANGE, AlertFrequency.THRESHOLD, matches, windowMinutes));
  }

  private static Instant minutesAgo(long minutes) {
    return NOW.minusSeconds(60 * minutes);
  }

  @Test
  void everyMatchRaisesAnAlertWhateverCameBefore() {
    AlertPolicy policy =
        new AlertPolicy(
            definition(AlertCondition.TEST_STATUS_CHANGE, AlertFrequency.EVERY_MATCH, null, null));

    assertThat(policy.decide(NOW, List.of(NOW), null)).isEqualTo(Decision.RAISE);
    assertThat(policy.decide(NOW, List.of(NOW), minutesAgo(1))).isEqualTo(Decision.RAISE);
  }

  /**
   * Three matches within ten minutes: the pending matches (this one included) and the last match of
   * an open alert decide. A match exactly at the window's start still counts; older ones do not.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("thresholdCases")
  void aThresholdRaisesAtTheNthMatchWithinTheWindow(
      String situation, List<Instant> pending, Instant openAlertLastMatch, Decision expected) {
    assertThat(threshold(3, 10).decide(NOW, pending, openAlertLastMatch)).isEqualTo(expected);
  }

  static Stream<Arguments> thresholdCases() {
    return Stream.of(
        Arguments.of("first match", List.of(NOW), null, Decision.WAIT),
        Arguments.of("second match", List.of(minutesAgo(4), NOW), null, Decision.WAIT),
        Arguments.of(
            "third match within 10 minutes",
            List.of(minutesAgo(9), minutesAgo(4), NOW),
            null,
            Decision.RAISE),
        Arguments.of(
            "third match, the first exactly 10 minutes ago",
            List.of(minutesAgo(10), minutesAgo(4), NOW),
            null,
            Decision.RAISE),
        Arguments.of(
            "third match, the first 11 minutes ago",
            List.of(minutesAgo(11), minutesAgo(4), NOW),
            null,
            Decision.WAIT),
        Arguments.of(
            "many old matches and one new",
            List.of(minutesAgo(60), minutesAgo(50), minutesAgo(40), minutesAgo(30), NOW),
            null,
            Decision.WAIT),
        Arguments.of(
            "a match while an alert's last match is within the window",
            List.of(NOW),
            minutesAgo(9),
            Decision.JOIN_OPEN_ALERT),
        Arguments.of(
            "a match after the open alert's window ended",
            List.of(NOW),
            minutesAgo(11),
            Decision.WAIT),
        Arguments.of(
            "the threshold reached after an open alert's window ended",
            List.of(minutesAgo(2), minutesAgo(1), NOW),
            minutesAgo(30),
            Decision.RAISE));
  }

  @Test
  void aThresholdOfOneRaisesAtOnceAndGathersWhatFollowsWithinTheWindow() {
    AlertPolicy policy = threshold(1, 60);

    assertThat(policy.decide(NOW, List.of(NOW), null)).isEqualTo(Decision.RAISE);
    assertThat(policy.decide(NOW, List.of(NOW), minutesAgo(59)))
        .isEqualTo(Decision.JOIN_OPEN_ALERT);
  }

  @Test
  void theFirstMatchInTheWindowIsWhenTheAlertBegan() {
    AlertPolicy policy = threshold(2, 10);
    List<Instant> times = List.of(minutesAgo(30), minutesAgo(7), minutesAgo(3), NOW);

    assertThat(policy.matchesInWindow(NOW, times)).isEqualTo(3);
    assertThat(policy.firstInWindow(NOW, times)).isEqualTo(minutesAgo(7));
    assertThat(policy.windowStart(NOW)).isEqualTo(minutesAgo(10));
  }

  @Test
  void aMatchNeedsTheConditionAStatusOfInterestAndAnEnabledPolicy() {
    AlertPolicy policy =
        new AlertPolicy(
            new Definition(
                "Failures",
                AlertCondition.TEST_STATUS_CHANGE,
                AlertSeverity.HIGH,
                AlertFrequency.EVERY_MATCH,
                null,
                null,
                List.of("failed_high_risk", "FAILED-MEDIUM-RISK"),
                null,
                null,
                List.of(),
                List.of("ops@example.org"),
                true));

    assertThat(policy.getStatuses()).containsExactly("FAILED_MEDIUM_RISK", "FAILED_HIGH_RISK");
    assertThat(policy.matches(AlertCondition.TEST_STATUS_CHANGE, "FAILED_HIGH_RISK")).isTrue();
    assertThat(policy.matches(AlertCondition.TEST_STATUS_CHANGE, "PASSED")).isFalse();
    assertThat(policy.matches(AlertCondition.TEST_STATUS_CHANGE, null)).isFalse();
    assertThat(policy.matches(AlertCondition.IMPLEMENTATION_STATUS_CHANGE, "FAILED_HIGH_RISK"))
        .isFalse();

    policy.disable();
    assertThat(policy.matches(AlertCondition.TEST_STATUS_CHANGE, "FAILED_HIGH_RISK")).isFalse();
  }

  @Test
  void withoutStatusesAnyNewValueMatches() {
    AlertPolicy policy =
        new AlertPolicy(
            definition(AlertCondition.EVIDENCE_CHANGE, AlertFrequency.EVERY_MATCH, null, null));

    assertThat(policy.matches(AlertCondition.EVIDENCE_CHANGE, "scan.pdf")).isTrue();
    assertThat(policy.matches(AlertCondition.EVIDENCE_CHANGE, null)).isTrue();
  }

  @ParameterizedTest(name = "{0} from {1} to {2}: {3}")
  @CsvSource({
    "DROP,   60.0, 55.0, true",
    "DROP,   60.0, 55.1, false",
    "DROP,   60.0, 70.0, false",
    "RISE,   60.0, 65.0, true",
    "RISE,   60.0, 50.0, false",
    "EITHER, 60.0, 54.9, true",
    "EITHER, 60.0, 65.0, true",
    "EITHER, 60.0, 64.9, false"
  })
  void aScorePolicyMatchesAChangeOfAtLeastItsThresholdInItsDirection(
      ScoreDirection direction, BigDecimal reference, BigDecimal now, boolean matches) {
    AlertPolicy policy = scorePolicy(direction, "5");
    policy.takeReference(reference, NOW.minusSeconds(300));

    assertThat(policy.watchScore(now, NOW).isPresent()).isEqualTo(matches);
  }

  @Test
  void aScorePolicyComparesWithTheScoreOfItsLastMatchSoADriftAddsUp() {
    AlertPolicy policy = scorePolicy(ScoreDirection.DROP, "2");

    assertThat(policy.watchScore(new BigDecimal("60.0"), NOW)).isEmpty();
    assertThat(policy.getReferencePercent()).contains(new BigDecimal("60.0"));
    assertThat(policy.watchScore(new BigDecimal("59.0"), NOW.plusSeconds(60))).isEmpty();
    assertThat(policy.watchScore(new BigDecimal("58.5"), NOW.plusSeconds(120))).isEmpty();

    MatchedChange drop =
        policy.watchScore(new BigDecimal("57.9"), NOW.plusSeconds(180)).orElseThrow();
    assertThat(drop.isScore()).isTrue();
    assertThat(drop.oldValue()).isEqualTo("60.0");
    assertThat(drop.newValue()).isEqualTo("57.9");
    assertThat(policy.getReferencePercent()).contains(new BigDecimal("57.9"));
    // The score stays low: no second alert for the same drop.
    assertThat(policy.watchScore(new BigDecimal("57.9"), NOW.plusSeconds(240))).isEmpty();
  }

  @Test
  void savingAPolicyAgainForgetsItsReferenceScore() {
    AlertPolicy policy = scorePolicy(ScoreDirection.DROP, "2");
    policy.takeReference(new BigDecimal("70"), NOW);

    policy.define(scoreDefinition(ScoreDirection.EITHER, "3"));

    assertThat(policy.getReferencePercent()).isEmpty();
    assertThat(policy.getScoreThreshold()).contains(new BigDecimal("3.0"));
  }

  @Test
  void onlyScorePoliciesWatchTheScore() {
    AlertPolicy policy = threshold(2, 10);

    assertThat(policy.watchScore(new BigDecimal("10"), NOW)).isEmpty();
    assertThat(policy.getReferencePercent()).isEmpty();
  }

  @Test
  void theRecipientsAreActivePeopleWithAnAddressAndTheAddressesGiven() {
    User jane = person("jane", "Jane@Example.org");
    User gone = person("gone", "gone@example.org");
    gone.deactivate();
    User noMail = person("nomail", null);
    AlertPolicy policy =
        new AlertPolicy(
            new Definition(
                "Mail",
                AlertCondition.ASSIGNMENT_CHANGE,
                AlertSeverity.LOW,
                AlertFrequency.EVERY_MATCH,
                7,
                9,
                null,
                null,
                null,
                List.of(jane, gone, noMail),
                List.of(" SOC@Example.org ", "jane@example.org", ""),
                true));

    assertThat(policy.mailAddresses()).containsExactly("jane@example.org", "soc@example.org");
    // An every-match policy keeps no threshold, even when one was sent along.
    assertThat(policy.getThresholdMatches()).isEmpty();
    assertThat(policy.getWindowMinutes()).isEmpty();
  }

  /** Bad definitions are refused naming the field, and the policy keeps what it had. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("badDefinitions")
  void aBadDefinitionIsRefusedNamingTheFieldAndChangesNothing(
      String field, Definition bad, String message) {
    AlertPolicy policy = threshold(3, 10);

    assertThatThrownBy(() -> policy.define(bad))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((InvalidInputException) e).getField()).isEqualTo(field));
    assertThat(policy.getName()).isEqualTo("Policy");
    assertThat(policy.getThresholdMatches()).contains(3);
    assertThat(policy.getRecipientEmails()).containsExactly("ops@example.org");
  }

  static Stream<Arguments> badDefinitions() {
    Definition good =
        definition(AlertCondition.TEST_STATUS_CHANGE, AlertFrequency.THRESHOLD, 5, 60);
    return Stream.of(
        Arguments.of("name", with(good, "name", " "), "Enter a name"),
        Arguments.of("name", with(good, "name", "x".repeat(151)), "at most 150"),
        Arguments.of("condition", with(good, "condition", null), "what the policy watches"),
        Arguments.of("severity", with(good, "severity", null), "LOW, MEDIUM or HIGH"),
        Arguments.of("frequency", with(good, "frequency", null), "EVERY_MATCH, or THRESHOLD"),
        Arguments.of("thresholdMatches", with(good, "thresholdMatches", null), "number of matches"),
        Arguments.of(
            "thresholdMatches", with(good, "thresholdMatches", 0), "from 1 to 1000, not 0"),
        Arguments.of("windowMinutes", with(good, "windowMinutes", 10081), "to 10080, not 10081"),
        Arguments.of("statuses", with(good, "statuses", List.of("BROKEN")), "is not a test status"),
        Arguments.of(
            "statuses",
            new Definition(
                "Policy",
                AlertCondition.EVIDENCE_CHANGE,
                AlertSeverity.LOW,
                AlertFrequency.EVERY_MATCH,
                null,
                null,
                List.of("PASSED"),
                null,
                null,
                List.of(),
                List.of("ops@example.org"),
                true),
            "Only implementation and test status policies"),
        Arguments.of(
            "scoreThreshold",
            with(good, "scoreThreshold", new BigDecimal("5")),
            "Only a score-change policy"),
        Arguments.of(
            "scoreThreshold", scoreDefinition(ScoreDirection.DROP, null), "needs a threshold"),
        Arguments.of(
            "scoreThreshold", scoreDefinition(ScoreDirection.DROP, "0"), "from 0.1 to 100"),
        Arguments.of(
            "scoreThreshold", scoreDefinition(ScoreDirection.DROP, "100.5"), "from 0.1 to 100"),
        Arguments.of("scoreThreshold", scoreDefinition(ScoreDirection.DROP, "2.25"), "at most one"),
        Arguments.of(
            "recipients", with(good, "recipientEmails", List.of()), "at least one recipient"),
        Arguments.of(
            "recipientEmails",
            with(good, "recipientEmails", List.of("ops@example.org", "not an address")),
            "\"not an address\" is not an e-mail address"));
  }

  private static AlertPolicy scorePolicy(ScoreDirection direction, String threshold) {
    return new AlertPolicy(scoreDefinition(direction, threshold));
  }

  private static Definition scoreDefinition(ScoreDirection direction, String threshold) {
    return new Definition(
        "Policy",
        AlertCondition.SCORE_CHANGE,
        AlertSeverity.MEDIUM,
        AlertFrequency.EVERY_MATCH,
        null,
        null,
        Set.of(),
        threshold == null ? null : new BigDecimal(threshold),
        direction,
        List.of(),
        List.of("ops@example.org"),
        true);
  }

  @SuppressWarnings("unchecked")
  private static Definition with(Definition d, String field, Object value) {
    return new Definition(
        field.equals("name") ? (String) value : d.name(),
        field.equals("condition") ? (AlertCondition) value : d.condition(),
        field.equals("severity") ? (AlertSeverity) value : d.severity(),
        field.equals("frequency") ? (AlertFrequency) value : d.frequency(),
        field.equals("thresholdMatches") ? (Integer) value : d.thresholdMatches(),
        field.equals("windowMinutes") ? (Integer) value : d.windowMinutes(),
        field.equals("statuses") ? (List<String>) value : d.statuses(),
        field.equals("scoreThreshold") ? (BigDecimal) value : d.scoreThreshold(),
        d.scoreDirection(),
        d.recipientUsers(),
        field.equals("recipientEmails") ? (List<String>) value : d.recipientEmails(),
        d.enabled());
  }

  private static User person(String username, String email) {
    User user = new User(username, username, Role.READER, "hash");
    user.changeEmail(email);
    return user;
  }
}
