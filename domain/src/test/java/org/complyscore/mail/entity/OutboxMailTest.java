package org.complyscore.mail.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.time.Instant;
import org.complyscore.mail.entity.OutboxMail.RetryPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OutboxMailTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:15:30Z");
  private static final RetryPolicy POLICY =
      new RetryPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(10));

  private final OutboxMail mail =
      new OutboxMail("jane@example.org", "Invitation", "Follow the link.", "<p>Follow</p>");

  /** A mail that failed as often as the policy allows. */
  private void giveUp() {
    RetryPolicy once = new RetryPolicy(1, Duration.ofSeconds(30), Duration.ofMinutes(10));
    mail.recordFailure("connection refused", NOW, once);
    assertThat(mail.getStatus()).isEqualTo(OutboxMailStatus.FAILED);
  }

  @Test
  void aNewMailIsPendingAndDueAtOnce() {
    assertThat(mail.getStatus()).isEqualTo(OutboxMailStatus.PENDING);
    assertThat(mail.getAttempts()).isZero();
    assertThat(mail.isDue(NOW)).isTrue();
    assertThat(mail.isDue(Instant.EPOCH)).isTrue();
    assertThat(mail.getLastError()).isEmpty();
    assertThat(mail.getSentAt()).isEmpty();
    assertThat(mail.getRecipient()).isEqualTo("jane@example.org");
    assertThat(mail.getSubject()).isEqualTo("Invitation");
    assertThat(mail.getTextBody()).isEqualTo("Follow the link.");
    assertThat(mail.getHtmlBody()).isEqualTo("<p>Follow</p>");
  }

  @ParameterizedTest(name = "after {0} failed attempts: wait {1}")
  @CsvSource({
    "1,  PT30S",
    "2,  PT60S",
    "3,  PT120S",
    "4,  PT240S",
    "5,  PT480S",
    "6,  PT600S", // 960 s would be longer than the longest pause
    "40, PT600S", // no overflow however many failures
  })
  void pausesDoubleWithEachFailureUpToTheLongestPause(int failedAttempts, Duration pause) {
    assertThat(POLICY.pauseAfter(failedAttempts)).isEqualTo(pause);
  }

  @Test
  void aFailureCountsTheAttemptAndPutsTheNextOneOffByThePause() {
    mail.recordFailure("connection refused", NOW, POLICY);

    assertThat(mail.getStatus()).isEqualTo(OutboxMailStatus.PENDING);
    assertThat(mail.getAttempts()).isEqualTo(1);
    assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
    assertThat(mail.getLastError()).contains("connection refused");
    assertThat(mail.isDue(NOW.plusSeconds(29))).isFalse();
    assertThat(mail.isDue(NOW.plusSeconds(30))).isTrue();

    Instant second = NOW.plusSeconds(30);
    mail.recordFailure("timeout", second, POLICY);

    assertThat(mail.getAttempts()).isEqualTo(2);
    assertThat(mail.getNextAttemptAt()).isEqualTo(second.plusSeconds(60));
    assertThat(mail.getLastError()).contains("timeout");
  }

  @Test
  void afterTheLastAttemptTheMailIsGivenUpAndNoLongerDue() {
    Instant attempt = NOW;
    for (int i = 1; i < POLICY.maxAttempts(); i++) {
      mail.recordFailure("timeout " + i, attempt, POLICY);
      attempt = mail.getNextAttemptAt();
    }
    assertThat(mail.getStatus()).isEqualTo(OutboxMailStatus.PENDING);

    mail.recordFailure("timeout 5", attempt, POLICY);

    assertThat(mail.getStatus()).isEqualTo(OutboxMailStatus.FAILED);
    assertThat(mail.getAttempts()).isEqualTo(5);
    assertThat(mail.getLastError()).contains("timeout 5");
    assertThat(mail.isDue(attempt.plus(Duration.ofDays(365)))).isFalse();
    assertThatIllegalStateException()
        .isThrownBy(() -> mail.recordFailure("again", NOW, POLICY))
        .withMessageContaining("FAILED, not pending");
    assertThatIllegalStateException().isThrownBy(() -> mail.markSent(NOW));
    assertThat(mail.getAttempts()).isEqualTo(5);
  }

  @Test
  void aSentMailCountsItsAttemptAndForgetsTheLastError() {
    mail.recordFailure("timeout", NOW, POLICY);
    Instant sentAt = NOW.plusSeconds(30);

    mail.markSent(sentAt);

    assertThat(mail.getStatus()).isEqualTo(OutboxMailStatus.SENT);
    assertThat(mail.getSentAt()).contains(sentAt);
    assertThat(mail.getAttempts()).isEqualTo(2);
    assertThat(mail.getLastError()).isEmpty();
    assertThat(mail.isDue(sentAt.plus(Duration.ofDays(1)))).isFalse();
  }

  @Test
  void aSentMailCannotBeSentNorFailAgain() {
    mail.markSent(NOW);

    assertThatIllegalStateException()
        .isThrownBy(() -> mail.markSent(NOW.plusSeconds(1)))
        .withMessageContaining("SENT, not pending");
    assertThatIllegalStateException()
        .isThrownBy(() -> mail.recordFailure("late", NOW.plusSeconds(1), POLICY))
        .withMessageContaining("SENT, not pending");
    assertThat(mail.getSentAt()).contains(NOW);
    assertThat(mail.getAttempts()).isEqualTo(1);
    assertThat(mail.getLastError()).isEmpty();
  }

  @Test
  void keepsALongMultiLineErrorOnOneLineCutTo500Characters() {
    String error =
        "  535 5.7.8 Authentication failed\r\n\tat SmtpTransport.send(SmtpTransport.java:42)\n"
            + "x".repeat(1_000);

    mail.recordFailure(error, NOW, POLICY);

    String kept = mail.getLastError().orElseThrow();
    assertThat(kept)
        .hasSize(OutboxMail.ERROR_MAX)
        .startsWith(
            "535 5.7.8 Authentication failed at SmtpTransport.send(SmtpTransport.java:42) xxx")
        .endsWith("x…")
        .doesNotContain("\n", "\r", "\t", "  ");
  }

  @ParameterizedTest(name = "{0} characters are kept as {1}")
  @CsvSource({"1, 1", "499, 499", "500, 500", "501, 500", "5000, 500"})
  void cutsOnlyErrorsLongerThanTheColumn(int length, int kept) {
    String error = "e".repeat(length);

    mail.recordFailure(error, NOW, POLICY);

    String stored = mail.getLastError().orElseThrow();
    assertThat(stored).hasSize(kept);
    assertThat(stored.endsWith("…")).isEqualTo(length > OutboxMail.ERROR_MAX);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\n\t"})
  void aFailureWithoutAMessageIsAnUnknownError(String error) {
    mail.recordFailure(error, NOW, POLICY);

    assertThat(mail.getLastError()).contains("unknown error");
  }

  @Test
  void retryingAFailedMailMakesItPendingAndDueAtOnce() {
    giveUp();
    Instant retriedAt = NOW.plus(Duration.ofHours(3));

    mail.retry(retriedAt);

    assertThat(mail.getStatus()).isEqualTo(OutboxMailStatus.PENDING);
    assertThat(mail.getAttempts()).isZero();
    assertThat(mail.getNextAttemptAt()).isEqualTo(retriedAt);
    assertThat(mail.isDue(retriedAt)).isTrue();
    assertThat(mail.isDue(retriedAt.minusNanos(1))).isFalse();
    // The retried mail gets the policy's attempts all over again.
    mail.recordFailure("still down", retriedAt, POLICY);
    assertThat(mail.getStatus()).isEqualTo(OutboxMailStatus.PENDING);
  }

  @Test
  void onlyAFailedMailCanBeRetried() {
    assertThatIllegalStateException()
        .isThrownBy(() -> mail.retry(NOW))
        .withMessage("Only a failed mail can be tried again.");

    mail.markSent(NOW);
    assertThatIllegalStateException().isThrownBy(() -> mail.retry(NOW));
    assertThat(mail.getStatus()).isEqualTo(OutboxMailStatus.SENT);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void aRetryPolicyNeedsAtLeastOneAttempt(int maxAttempts) {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new RetryPolicy(maxAttempts, Duration.ofSeconds(30), Duration.ofMinutes(10)))
        .withMessage("At least one attempt is needed.");
  }

  @Test
  void aRetryPolicyNeedsItsPauses() {
    assertThatNullPointerException()
        .isThrownBy(() -> new RetryPolicy(1, null, Duration.ofMinutes(10)));
    assertThatNullPointerException()
        .isThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(30), null));
    assertThat(new RetryPolicy(1, Duration.ofSeconds(30), Duration.ofMinutes(10)).maxAttempts())
        .isEqualTo(1);
  }

  @Test
  void refusesToBeCreatedWithoutItsEssentials() {
    assertThatNullPointerException()
        .isThrownBy(() -> new OutboxMail(null, "s", "t", "h"))
        .withMessage("A recipient is required.");
    assertThatNullPointerException()
        .isThrownBy(() -> new OutboxMail("r", null, "t", "h"))
        .withMessage("A subject is required.");
    assertThatNullPointerException()
        .isThrownBy(() -> new OutboxMail("r", "s", null, "h"))
        .withMessage("A text body is required.");
    assertThatNullPointerException()
        .isThrownBy(() -> new OutboxMail("r", "s", "t", null))
        .withMessage("An HTML body is required.");
  }
}
