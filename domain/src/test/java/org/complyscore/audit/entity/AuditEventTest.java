package org.complyscore.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AuditEventTest {

  /** Distinct characters, so that a cut value shows which end it kept. */
  private static String text(int length) {
    return "0123456789abcdefghijklmnopqrstuvwxyz".repeat(20).substring(0, length);
  }

  @Test
  void keepsWhatHappenedWhoDidItToWhatAndFromWhere() {
    AuditEvent event =
        new AuditEvent(
            AuditEventType.ROLE_CHANGED, " owner ", "jane", "READER → ASSESSOR", "192.0.2.7");

    assertThat(event.getType()).isEqualTo(AuditEventType.ROLE_CHANGED);
    assertThat(event.getActor()).contains("owner");
    assertThat(event.getSubject()).contains("jane");
    assertThat(event.getDetail()).contains("READER → ASSESSOR");
    assertThat(event.getClientAddress()).contains("192.0.2.7");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "  \t\n "})
  void aBlankValueMeansNone(String blank) {
    AuditEvent event = new AuditEvent(AuditEventType.SIGN_IN_FAILED, blank, blank, blank, blank);

    assertThat(event.getActor()).isEmpty();
    assertThat(event.getSubject()).isEmpty();
    assertThat(event.getDetail()).isEmpty();
    assertThat(event.getClientAddress()).isEmpty();
  }

  @ParameterizedTest(
      name = "{0} characters are kept as actor {1}, subject {2}, detail {3}, address {4}")
  @CsvSource({
    "1,    1,   1,   1,   1",
    "64,   64,  64,  64,  64",
    "65,   65,  65,  65,  64",
    "254,  254, 254, 254, 64",
    "255,  254, 254, 255, 64",
    "500,  254, 254, 500, 64",
    "501,  254, 254, 500, 64",
    "720,  254, 254, 500, 64",
  })
  void cutsValuesLongerThanTheirColumnToItsLimitKeepingTheStart(
      int length, int actor, int subject, int detail, int address) {
    String typed = text(length);

    AuditEvent event = new AuditEvent(AuditEventType.SIGN_IN_FAILED, typed, typed, typed, typed);

    assertThat(event.getActor()).contains(typed.substring(0, actor));
    assertThat(event.getSubject()).contains(typed.substring(0, subject));
    assertThat(event.getDetail()).contains(typed.substring(0, detail));
    assertThat(event.getClientAddress()).contains(typed.substring(0, address));
  }

  @Test
  void surroundingBlanksDoNotCountTowardsTheLimit() {
    String typed = "   " + text(AuditEvent.ADDRESS_MAX) + "   ";

    AuditEvent event = new AuditEvent(AuditEventType.SIGN_IN_FAILED, null, null, null, typed);

    assertThat(event.getClientAddress()).contains(text(AuditEvent.ADDRESS_MAX));
  }

  @Test
  void anEventNeedsItsType() {
    assertThatNullPointerException()
        .isThrownBy(() -> new AuditEvent(null, "owner", "jane", null, null))
        .withMessage("An event type is required.");
  }

  @Test
  void anUnknownVisitorHasNoActor() {
    AuditEvent event =
        new AuditEvent(AuditEventType.SIGN_IN_FAILED, null, "Mallory", "wrong password", null);

    assertThat(event.getActor()).isEmpty();
    assertThat(event.getSubject()).contains("Mallory");
    assertThat(event.getClientAddress()).isEmpty();
  }
}
