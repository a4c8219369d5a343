package org.complyscore.monitoring.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.complyscore.monitoring.boundary.SignalInput;
import org.complyscore.monitoring.boundary.SignalProblem;
import org.complyscore.monitoring.entity.Severity;
import org.complyscore.monitoring.entity.SignalResult;
import org.junit.jupiter.api.Test;

class SignalReaderTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  private static InputStream body(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsOneSignalWithTypedValues() {
    SignalReader.Read read =
        SignalReader.read(
            body(
                "{\"checkId\":\"web.tls\",\"resourceId\":\"https://web01\",\"result\":\"FAIL\","
                    + "\"severity\":\"high\",\"observedAt\":\"2026-11-25T11:00:00+01:00\","
                    + "\"detail\":\"plain http\"}"),
            NOW);

    assertThat(read.batch()).isFalse();
    assertThat(read.problems()).isEmpty();
    assertThat(read.signals())
        .containsExactly(
            new SignalInput(
                "web.tls",
                "https://web01",
                SignalResult.FAIL,
                null,
                Severity.HIGH,
                Instant.parse("2026-11-25T10:00:00Z"),
                "plain http",
                null));
  }

  @Test
  void namesEveryValueOfTheWrongTypeOrWordWithItsPlace() {
    SignalReader.Read read =
        SignalReader.read(
            body(
                "[{\"checkId\":7,\"resourceId\":\"r\",\"result\":\"maybe\",\"fraction\":\"half\","
                    + "\"observedAt\":\"yesterday\",\"checkID\":\"typo\"}, 42]"),
            NOW);

    assertThat(read.batch()).isTrue();
    assertThat(read.problems())
        .extracting(SignalProblem::field)
        .containsExactlyInAnyOrder(
            "[0].checkID", "[0].checkId", "[0].result", "[0].fraction", "[0].observedAt", "[1]");
    assertThat(read.problems())
        .filteredOn(p -> p.field().equals("[0].observedAt"))
        .singleElement()
        .extracting(SignalProblem::message)
        .asString()
        .contains("'yesterday' is not a timestamp with an offset");
  }

  @Test
  void namesTheProblemsOfABatchInItsOrderAndEachSignalByItsPlaceInTheBody() {
    SignalReader.Read read =
        SignalReader.read(
            body(
                "[42,"
                    + "{\"checkId\":\"web.tls\",\"resourceId\":\"r\",\"result\":\"fail\","
                    + "\"observedAt\":\"2026-11-25T10:00:00Z\"},"
                    + "{\"checkId\":\"\",\"resourceId\":\"r\",\"result\":\"partial\","
                    + "\"fraction\":1.5,\"observedAt\":\"tomorrow\"}]"),
            NOW);

    assertThat(read.signals()).hasSize(2);
    assertThat(read.problems())
        .extracting(SignalProblem::field)
        .as("what could not be read, then the rules, signal after signal, each named once")
        .containsExactly("[0]", "[1].severity", "[2].observedAt", "[2].checkId", "[2].fraction");
  }

  @Test
  void aSignalFromTheFutureBreaksTheRules() {
    SignalReader.Read read =
        SignalReader.read(
            body(
                "{\"checkId\":\"c\",\"resourceId\":\"r\",\"result\":\"pass\","
                    + "\"observedAt\":\"2026-11-25T13:00:00Z\"}"),
            NOW);

    assertThat(read.problems()).extracting(SignalProblem::field).containsExactly("observedAt");
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    assertThatThrownBy(() -> SignalReader.read(body("{\n\"checkId\": "), NOW))
        .isInstanceOf(UnreadableSignalsException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> SignalReader.read(body("\"just text\""), NOW))
        .isInstanceOf(UnreadableSignalsException.class);
  }

  @Test
  void moreThanAThousandSignalsOrFourMebibytesAreTooLarge() {
    String one =
        "{\"checkId\":\"c\",\"resourceId\":\"r\",\"result\":\"pass\",\"observedAt\":\"2026-11-25T10:00:00Z\"}";
    String tooMany = "[" + String.join(",", java.util.Collections.nCopies(1001, one)) + "]";

    assertThatThrownBy(() -> SignalReader.read(body(tooMany), NOW))
        .isInstanceOfSatisfying(
            UnreadableSignalsException.class, e -> assertThat(e.problem().status()).isEqualTo(413));
    assertThat(
            SignalReader.read(
                    body("[" + String.join(",", java.util.Collections.nCopies(1000, one)) + "]"),
                    NOW)
                .signals())
        .hasSize(1000);
    byte[] huge = new byte[SignalReader.BODY_MAX + 1];
    java.util.Arrays.fill(huge, (byte) ' ');
    assertThatThrownBy(() -> SignalReader.read(new ByteArrayInputStream(huge), NOW))
        .isInstanceOfSatisfying(
            UnreadableSignalsException.class, e -> assertThat(e.problem().status()).isEqualTo(413));
  }
}
