package org.complyscore.access.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignInThrottleTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:15:30Z");

  private final SignInThrottle throttle = new SignInThrottle("jane", NOW);

  private static Instant at(String afterNow) {
    return NOW.plus(Duration.parse(afterNow));
  }

  /** Four failures a minute apart from {@code first} on: one short of the limit. */
  private void failFourTimesFrom(Instant first) {
    for (int minute = 0; minute < 4; minute++) {
      throttle.recordFailure(first.plus(Duration.ofMinutes(minute)));
    }
  }

  @Test
  void aNewThrottleCountsNothingAndLocksNothing() {
    assertThat(throttle.getFailures()).isZero();
    assertThat(throttle.getLockedUntil()).isNull();
    assertThat(throttle.isLocked(NOW)).isFalse();
  }

  @Test
  void fourFailuresDoNotLock() {
    failFourTimesFrom(NOW);

    assertThat(throttle.getFailures()).isEqualTo(4);
    assertThat(throttle.getLockedUntil()).isNull();
    assertThat(throttle.isLocked(at("PT3M"))).isFalse();
  }

  @Test
  void theFifthFailureWithinFifteenMinutesLocksForFifteenMinutes() {
    failFourTimesFrom(NOW);
    Instant fifth = at("PT14M59S");

    throttle.recordFailure(fifth);

    assertThat(throttle.getLockedUntil()).isEqualTo(fifth.plus(Duration.ofMinutes(15)));
    assertThat(throttle.isLocked(fifth)).isTrue();
    assertThat(throttle.isLocked(fifth.plus(Duration.parse("PT14M59S")))).isTrue();
    assertThat(throttle.isLocked(fifth.plus(Duration.parse("PT15M")))).isFalse();
    assertThat(throttle.getFailures()).isZero();
  }

  @ParameterizedTest(name = "fifth failure {0} after the first: locked {1}, failures counted {2}")
  @CsvSource({
    "PT4M,                  true,  0",
    "PT14M59.999999999S,    true,  0",
    "PT15M,                 false, 1", // the window of the first failure is over: counting restarts
    "PT1H,                  false, 1",
  })
  void onlyFailuresWithinTheWindowOfTheFirstCountTowardsTheLock(
      Duration fifthAfterFirst, boolean locked, int failures) {
    failFourTimesFrom(NOW);
    Instant fifth = NOW.plus(fifthAfterFirst);

    throttle.recordFailure(fifth);

    assertThat(throttle.isLocked(fifth)).isEqualTo(locked);
    assertThat(throttle.getFailures()).isEqualTo(failures);
  }

  @Test
  void afterTheWindowRestartsItTakesFiveNewFailuresToLock() {
    failFourTimesFrom(NOW);
    Instant restart = at("PT15M");
    failFourTimesFrom(restart);
    assertThat(throttle.isLocked(at("PT18M"))).isFalse();

    throttle.recordFailure(at("PT19M"));

    assertThat(throttle.isLocked(at("PT19M"))).isTrue();
    assertThat(throttle.getLockedUntil()).isEqualTo(at("PT34M"));
  }

  @Test
  void failuresWhileLockedDoNotExtendTheLock() {
    failFourTimesFrom(NOW);
    throttle.recordFailure(at("PT4M"));
    Instant lockedUntil = at("PT19M");
    assertThat(throttle.getLockedUntil()).isEqualTo(lockedUntil);

    for (int second = 0; second < 15 * 60; second += 30) {
      throttle.recordFailure(at("PT4M").plusSeconds(second));
    }

    assertThat(throttle.getLockedUntil()).isEqualTo(lockedUntil);
    assertThat(throttle.getFailures()).isZero();
    assertThat(throttle.isLocked(lockedUntil)).isFalse();
  }

  @Test
  void afterTheLockFailuresCountAfresh() {
    failFourTimesFrom(NOW);
    throttle.recordFailure(at("PT4M"));
    Instant lockEnds = at("PT19M");

    throttle.recordFailure(lockEnds);

    assertThat(throttle.isLocked(lockEnds)).isFalse();
    assertThat(throttle.getFailures()).isEqualTo(1);
  }

  @Test
  void aResetClearsTheFailures() {
    failFourTimesFrom(NOW);

    throttle.reset(at("PT4M"));
    throttle.recordFailure(at("PT5M"));

    assertThat(throttle.getFailures()).isEqualTo(1);
    assertThat(throttle.isLocked(at("PT5M"))).isFalse();
  }

  @Test
  void aResetLiftsTheLock() {
    failFourTimesFrom(NOW);
    throttle.recordFailure(at("PT4M"));
    assertThat(throttle.isLocked(at("PT5M"))).isTrue();

    throttle.reset(at("PT5M"));

    assertThat(throttle.isLocked(at("PT5M"))).isFalse();
    assertThat(throttle.getLockedUntil()).isNull();
    assertThat(throttle.getFailures()).isZero();
  }

  @ParameterizedTest
  @CsvSource({"jane,jane", "Jane.Doe@Example.ORG,jane.doe@example.org", "'  ADMIN\t',admin"})
  void keepsTheLoginInLowerCaseWithoutBlanks(String typed, String stored) {
    assertThat(new SignInThrottle(typed, NOW).getLogin()).isEqualTo(stored);
  }

  @Test
  void theWindowStartsWithTheFirstFailureAfterASuccessfulSignIn() {
    SignInThrottle throttle = new SignInThrottle("jane", NOW.minus(Duration.ofHours(1)));
    throttle.reset(NOW);
    for (int minute = 11; minute <= 15; minute++) {
      throttle.recordFailure(NOW.plus(Duration.ofMinutes(minute)));
    }
    assertThat(throttle.isLocked(NOW.plus(Duration.ofMinutes(15)))).isTrue();
  }
}
