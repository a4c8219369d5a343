package org.complyscore.monitoring.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.action.entity.TestingCombination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The signal → test status truth table of F31, with freshness at a chosen moment. */
class TestingOutcomeTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private static final Duration DAY = Duration.ofHours(24);
  private static final TestingCombination STRICT = TestingCombination.ANY_FAILURE_FAILS;
  private static final TestingCombination AVERAGE = TestingCombination.AVERAGE;

  private static Signal pass(String resource) {
    return signal(resource, SignalResult.PASS, null, null, NOW.minusSeconds(60));
  }

  private static Signal fail(String resource, Severity severity) {
    return signal(resource, SignalResult.FAIL, null, severity, NOW.minusSeconds(60));
  }

  private static Signal partial(String resource, String fraction) {
    return signal(
        resource, SignalResult.PARTIAL, new BigDecimal(fraction), null, NOW.minusSeconds(60));
  }

  static Signal signal(
      String resource, SignalResult result, BigDecimal fraction, Severity severity, Instant at) {
    return new Signal("web.tls", resource, at, result, fraction, severity, "seen", null, null);
  }

  @Test
  void noSignalAtAllIsToBeDetected() {
    TestingOutcome outcome = TestingOutcome.of(STRICT, List.of(), NOW, DAY);

    assertThat(outcome.status()).isEqualTo(TestStatus.TO_BE_DETECTED);
    assertThat(outcome.decidedBy()).isEmpty();
  }

  @Test
  void onlySignalsOlderThanTheWindowCouldNotBeDetected() {
    Signal old = signal("a", SignalResult.PASS, null, null, NOW.minus(DAY).minusSeconds(1));

    assertThat(TestingOutcome.of(STRICT, List.of(old), NOW, DAY).status())
        .isEqualTo(TestStatus.COULD_NOT_BE_DETECTED);
  }

  @Test
  void aSignalJustInsideTheWindowCounts() {
    Signal recent = signal("a", SignalResult.PASS, null, null, NOW.minus(DAY).plusSeconds(1));

    assertThat(TestingOutcome.of(STRICT, List.of(recent), NOW, DAY).status())
        .isEqualTo(TestStatus.PASSED);
  }

  @Test
  void staleResourcesAreLeftOutOfTheCombination() {
    Signal staleFailure =
        signal("old", SignalResult.FAIL, null, Severity.HIGH, NOW.minus(Duration.ofDays(3)));

    TestingOutcome outcome =
        TestingOutcome.of(STRICT, List.of(staleFailure, pass("new")), NOW, DAY);

    assertThat(outcome.status()).isEqualTo(TestStatus.PASSED);
  }

  @Test
  void everyResourcePassingPassesAndNamesTheLatestPass() {
    Signal later = signal("b", SignalResult.PASS, null, null, NOW.minusSeconds(5));

    TestingOutcome outcome = TestingOutcome.of(STRICT, List.of(pass("a"), later), NOW, DAY);

    assertThat(outcome.status()).isEqualTo(TestStatus.PASSED);
    assertThat(outcome.fraction()).isNull();
    assertThat(outcome.decidedBy()).containsSame(later);
  }

  @ParameterizedTest(name = "{0} and {1} fail as {2}")
  @CsvSource({
    "LOW, LOW, FAILED_LOW_RISK",
    "LOW, MEDIUM, FAILED_MEDIUM_RISK",
    "HIGH, LOW, FAILED_HIGH_RISK",
    "MEDIUM, HIGH, FAILED_HIGH_RISK"
  })
  void anyFailureFailsWithTheWorstSeverity(Severity one, Severity other, TestStatus expected) {
    Signal first = fail("a", one);
    Signal second = fail("b", other);

    TestingOutcome outcome =
        TestingOutcome.of(STRICT, List.of(first, pass("c"), partial("d", "0.5"), second), NOW, DAY);

    assertThat(outcome.status()).isEqualTo(expected);
    assertThat(outcome.decidedBy().orElseThrow().getSeverity().orElseThrow())
        .isEqualTo(one.compareTo(other) >= 0 ? one : other);
  }

  @Test
  void passesAndPartialResultsArePartiallyTestedWithTheAverageShare() {
    Signal least = partial("b", "0.2");

    TestingOutcome outcome =
        TestingOutcome.of(STRICT, List.of(pass("a"), least, partial("c", "0.5")), NOW, DAY);

    assertThat(outcome.status()).isEqualTo(TestStatus.PARTIALLY_TESTED);
    assertThat(outcome.fraction()).isEqualByComparingTo("0.5667"); // (1 + 0.2 + 0.5) / 3
    assertThat(outcome.decidedBy()).containsSame(least);
  }

  @Test
  void oneResourceAtAQuarterIsAQuarter() {
    assertThat(TestingOutcome.of(STRICT, List.of(partial("a", "0.25")), NOW, DAY).fraction())
        .isEqualByComparingTo("0.25");
  }

  @Test
  void theAverageCombinationGivesPartialCreditForAMixOfPassesAndFailures() {
    TestingOutcome outcome =
        TestingOutcome.of(
            AVERAGE, List.of(pass("a"), pass("b"), pass("c"), fail("d", Severity.HIGH)), NOW, DAY);

    assertThat(outcome.status()).isEqualTo(TestStatus.PARTIALLY_TESTED);
    assertThat(outcome.fraction()).isEqualByComparingTo("0.75");
  }

  @Test
  void theAverageCombinationStillFailsWhenNothingComplies() {
    TestingOutcome outcome =
        TestingOutcome.of(
            AVERAGE, List.of(fail("a", Severity.LOW), fail("b", Severity.MEDIUM)), NOW, DAY);

    assertThat(outcome.status()).isEqualTo(TestStatus.FAILED_MEDIUM_RISK);
  }

  @Test
  void theAverageCombinationPassesWhenEverythingPasses() {
    assertThat(TestingOutcome.of(AVERAGE, List.of(pass("a"), pass("b")), NOW, DAY).status())
        .isEqualTo(TestStatus.PASSED);
  }
}
