package org.complyscore.monitoring.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.action.entity.TestingCombination;

/**
 * The test status an action's checks give at one moment (F31), and the signal that decided it.
 *
 * <p>Only fresh signals count: each resource's latest signal, observed within the freshness window.
 * No signal at all: "To be detected". Signals, but none fresh: "Could not be detected". Otherwise
 * the {@link TestingCombination} decides: every resource passes → Passed; any fails → Failed with
 * the worst severity (by default), and a mix of passes and partial results → Partially tested with
 * the average compliant share, which earns that share of the points (scoring rule 4).
 *
 * @param status the test status
 * @param fraction the compliant share for Partially tested, four decimals; otherwise {@code null}
 * @param decidedBy the signal that decided it: the worst failure, the least compliant partial
 *     result, or the latest pass; empty when there is no fresh signal
 */
public record TestingOutcome(TestStatus status, BigDecimal fraction, Optional<Signal> decidedBy) {

  public TestingOutcome {
    Objects.requireNonNull(status);
    Objects.requireNonNull(decidedBy);
  }

  /**
   * The outcome of the latest signals of an action's checks.
   *
   * @param latest the latest signal of each (check, resource), fresh or not
   * @param now the moment of the evaluation
   * @param freshness how old a signal may be and still count
   */
  public static TestingOutcome of(
      TestingCombination combination, Collection<Signal> latest, Instant now, Duration freshness) {
    if (latest.isEmpty()) {
      return new TestingOutcome(TestStatus.TO_BE_DETECTED, null, Optional.empty());
    }
    List<Signal> fresh = latest.stream().filter(s -> s.isFreshAt(now, freshness)).toList();
    if (fresh.isEmpty()) {
      return new TestingOutcome(TestStatus.COULD_NOT_BE_DETECTED, null, Optional.empty());
    }
    List<Signal> failures = fresh.stream().filter(s -> s.getResult() == SignalResult.FAIL).toList();
    if (failures.size() == fresh.size()
        || (!failures.isEmpty() && combination == TestingCombination.ANY_FAILURE_FAILS)) {
      Signal worst =
          failures.stream()
              .max(
                  Comparator.comparing((Signal s) -> s.getSeverity().orElseThrow())
                      .thenComparing(Signal::getObservedAt))
              .orElseThrow();
      return new TestingOutcome(
          worst.getSeverity().orElseThrow().failedTest(), null, Optional.of(worst));
    }
    if (fresh.stream().allMatch(s -> s.getResult() == SignalResult.PASS)) {
      Signal latestPass = fresh.stream().max(Comparator.comparing(Signal::getObservedAt)).get();
      return new TestingOutcome(TestStatus.PASSED, null, Optional.of(latestPass));
    }
    BigDecimal sum =
        fresh.stream().map(Signal::compliantShare).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal average = sum.divide(BigDecimal.valueOf(fresh.size()), 4, RoundingMode.HALF_UP);
    Signal least =
        fresh.stream()
            .min(
                Comparator.comparing(Signal::compliantShare)
                    .thenComparing(Signal::getObservedAt, Comparator.reverseOrder()))
            .orElseThrow();
    return new TestingOutcome(TestStatus.PARTIALLY_TESTED, average, Optional.of(least));
  }
}
