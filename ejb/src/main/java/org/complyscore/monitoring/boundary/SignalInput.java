package org.complyscore.monitoring.boundary;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.complyscore.action.entity.TestingLogic;
import org.complyscore.monitoring.entity.Severity;
import org.complyscore.monitoring.entity.Signal;
import org.complyscore.monitoring.entity.SignalResult;
import org.complyscore.shared.entity.InvalidInputException;
import org.complyscore.shared.entity.WebAddress;

/**
 * One signal as a machine posted it, its values typed but not yet checked against the rules: that
 * is {@link #problems}. {@code null} stands for a value that was not given.
 */
public record SignalInput(
    String checkId,
    String resourceId,
    SignalResult result,
    BigDecimal fraction,
    Severity severity,
    Instant observedAt,
    String detail,
    String link) {

  /** A machine's clock may be a little ahead of ours; more than this is a wrong clock. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  /**
   * What breaks the rules of a signal, each with the field it concerns.
   *
   * @param prefix put before each field's name: {@code [3].} in a batch, empty for one signal
   * @param now the moment of receipt, for observations said to come from the future
   */
  public List<SignalProblem> problems(String prefix, Instant now) {
    List<SignalProblem> problems = new ArrayList<>();
    if (blank(checkId)) {
      problems.add(new SignalProblem(prefix + "checkId", "Give the check's id."));
    } else {
      try {
        TestingLogic.checkId(checkId);
      } catch (InvalidInputException e) {
        problems.add(new SignalProblem(prefix + "checkId", e.getMessage()));
      }
    }
    if (blank(resourceId)) {
      problems.add(
          new SignalProblem(prefix + "resourceId", "Give the id of the resource checked."));
    } else if (resourceId.length() > Signal.RESOURCE_MAX) {
      problems.add(
          new SignalProblem(
              prefix + "resourceId", "At most " + Signal.RESOURCE_MAX + " characters."));
    } else if (resourceId.chars().anyMatch(Character::isISOControl)) {
      problems.add(
          new SignalProblem(
              prefix + "resourceId",
              "Line breaks and control characters are not" + " allowed in a resource id."));
    }
    if (result == null) {
      problems.add(new SignalProblem(prefix + "result", "Give the result: pass, fail or partial."));
    }
    if (result == SignalResult.PARTIAL && fraction == null) {
      problems.add(
          new SignalProblem(
              prefix + "fraction",
              "A partial result needs the compliant share, a number from 0 to 1."));
    } else if (fraction != null && result != SignalResult.PARTIAL) {
      problems.add(new SignalProblem(prefix + "fraction", "Only a partial result has a fraction."));
    } else if (fraction != null
        && (fraction.compareTo(BigDecimal.ZERO) < 0 || fraction.compareTo(BigDecimal.ONE) > 0)) {
      problems.add(new SignalProblem(prefix + "fraction", "The fraction is a number from 0 to 1."));
    }
    if (result == SignalResult.FAIL && severity == null) {
      problems.add(
          new SignalProblem(
              prefix + "severity", "A failure needs its severity: low, medium or high."));
    } else if (severity != null && result != SignalResult.FAIL) {
      problems.add(new SignalProblem(prefix + "severity", "Only a failure has a severity."));
    }
    if (observedAt == null) {
      problems.add(
          new SignalProblem(
              prefix + "observedAt",
              "Give the moment of the observation, such as 2026-11-25T10:00:00Z."));
    } else if (observedAt.isAfter(now.plus(CLOCK_SKEW))) {
      problems.add(
          new SignalProblem(
              prefix + "observedAt",
              "The observation is dated in the future (" + observedAt + "): is the clock right?"));
    }
    if (detail != null && detail.length() > Signal.DETAIL_MAX) {
      problems.add(
          new SignalProblem(prefix + "detail", "At most " + Signal.DETAIL_MAX + " characters."));
    }
    if (link != null) {
      if (link.length() > Signal.LINK_MAX) {
        problems.add(
            new SignalProblem(prefix + "link", "At most " + Signal.LINK_MAX + " characters."));
      } else {
        try {
          WebAddress.checked(prefix + "link", "link", link);
        } catch (InvalidInputException e) {
          problems.add(new SignalProblem(prefix + "link", e.getMessage()));
        }
      }
    }
    return problems;
  }

  /** The signal to store, once {@link #problems} found none. */
  Signal toSignal(Long tokenId) {
    return new Signal(
        checkId.strip(),
        resourceId.strip(),
        observedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS),
        result,
        fraction == null ? null : fraction.setScale(4, java.math.RoundingMode.HALF_UP),
        severity,
        blank(detail) ? null : detail.strip(),
        blank(link) ? null : link.strip(),
        tokenId);
  }

  /** What makes two signals the same observation. */
  String key() {
    return key(
        checkId.strip(),
        resourceId.strip(),
        observedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
  }

  /** The key of an observation, as {@link #key()} makes it for a posted one. */
  static String key(String checkId, String resourceId, Instant observedAt) {
    return checkId + '\n' + resourceId + '\n' + observedAt;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
