package org.complyscore.score.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.complyscore.score.entity.Score;
import org.complyscore.score.entity.ScoreDimension;
import org.complyscore.score.entity.ScoreFilter;
import org.complyscore.score.entity.ScoreReport;
import org.junit.jupiter.api.Test;

class ScoreCacheTest {

  private static final Set<ScoreDimension> ALL = ScoreReports.ALL;

  private final AtomicLong version = new AtomicLong();
  private final AtomicLong clock = new AtomicLong(1_000);
  private final ScoreCache cache = new ScoreCache(version::get, clock::get);
  private final AtomicInteger computed = new AtomicInteger();

  private Supplier<ScoreReport> computing(long achieved) {
    return () -> {
      computed.incrementAndGet();
      return report(achieved);
    };
  }

  /** Counts itself, says it started, then waits for the test to release it. */
  private Supplier<ScoreReport> blocking(
      CountDownLatch started, CountDownLatch release, long achieved) {
    return () -> {
      computed.incrementAndGet();
      started.countDown();
      try {
        release.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return report(achieved);
    };
  }

  private static ScoreReport report(long achieved) {
    return new ScoreReport(
        new Score(BigDecimal.valueOf(achieved), 100),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  @Test
  void aReportIsComputedOnceWhileTheDataIsUnchanged() {
    assertThat(cache.report(ScoreFilter.NONE, ALL, computing(1)).overall().achieved())
        .isEqualTo("1");
    assertThat(cache.report(ScoreFilter.NONE, ALL, computing(2)).overall().achieved())
        .isEqualTo("1");
    assertThat(computed).hasValue(1);
  }

  @Test
  void aChangeOfTheScoreDataComputesItAgain() {
    cache.report(ScoreFilter.NONE, ALL, computing(1));
    version.incrementAndGet();
    assertThat(cache.report(ScoreFilter.NONE, ALL, computing(2)).overall().achieved())
        .isEqualTo("2");
    assertThat(computed).hasValue(2);
  }

  @Test
  void aReportOlderThanTheMaximumAgeIsComputedAgain() {
    cache.report(ScoreFilter.NONE, ALL, computing(1));
    clock.addAndGet(ScoreCache.MAX_AGE.toNanos() - 1);
    assertThat(cache.report(ScoreFilter.NONE, ALL, computing(2)).overall().achieved())
        .isEqualTo("1");
    clock.addAndGet(1);
    assertThat(cache.report(ScoreFilter.NONE, ALL, computing(3)).overall().achieved())
        .isEqualTo("3");
  }

  @Test
  void filtersAndBreakdownsAreKeptApart() {
    ScoreFilter technical =
        ScoreFilter.NONE.withImplementationTypes(
            Set.of(org.complyscore.action.entity.ImplementationType.TECHNICAL));
    cache.report(ScoreFilter.NONE, ALL, computing(1));
    cache.report(technical, ALL, computing(2));
    cache.report(ScoreFilter.NONE, EnumSet.of(ScoreDimension.CATEGORY), computing(3));
    assertThat(cache.report(technical, ALL, computing(9)).overall().achieved()).isEqualTo("2");
    assertThat(computed).hasValue(3);
  }

  @Test
  void aFailedComputationIsNotKept() {
    assertThatThrownBy(
            () ->
                cache.report(
                    ScoreFilter.NONE,
                    ALL,
                    () -> {
                      throw new IllegalStateException("database down");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("database down");
    assertThat(cache.report(ScoreFilter.NONE, ALL, computing(4)).overall().achieved())
        .isEqualTo("4");
  }

  @Test
  void atMostCapacityReportsAreKeptTheLeastRecentlyUsedGoFirst() {
    for (long id = 1; id <= ScoreCache.CAPACITY + 1; id++) {
      cache.report(ScoreFilter.NONE.withCategories(Set.of(id)), ALL, computing(id));
    }
    computed.set(0);
    cache.report(ScoreFilter.NONE.withCategories(Set.of(1L)), ALL, computing(1));
    cache.report(
        ScoreFilter.NONE.withCategories(Set.of((long) ScoreCache.CAPACITY + 1)), ALL, computing(1));
    assertThat(computed).hasValue(1);
  }

  @Test
  void readersOfTheSameReportWaitForOneComputation() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService readers = Executors.newFixedThreadPool(4);
    try {
      Future<ScoreReport> first =
          readers.submit(() -> cache.report(ScoreFilter.NONE, ALL, blocking(started, release, 7)));
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      List<Future<ScoreReport>> others =
          List.of(
              readers.submit(() -> cache.report(ScoreFilter.NONE, ALL, computing(8))),
              readers.submit(() -> cache.report(ScoreFilter.NONE, ALL, computing(9))));
      release.countDown();
      assertThat(first.get(5, TimeUnit.SECONDS).overall().achieved()).isEqualTo("7");
      for (Future<ScoreReport> other : others) {
        assertThat(other.get(5, TimeUnit.SECONDS).overall().achieved()).isEqualTo("7");
      }
      assertThat(computed).hasValue(1);
    } finally {
      readers.shutdownNow();
    }
  }

  @Test
  void whileAnOldReportIsComputedAgainOthersGetTheOldOneAtOnce() throws Exception {
    cache.report(ScoreFilter.NONE, ALL, computing(1));
    clock.addAndGet(ScoreCache.MAX_AGE.toNanos());
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService readers = Executors.newFixedThreadPool(2);
    try {
      Future<ScoreReport> refreshing =
          readers.submit(() -> cache.report(ScoreFilter.NONE, ALL, blocking(started, release, 2)));
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      // Not blocked by the refresh: the old report, at once.
      assertThat(cache.report(ScoreFilter.NONE, ALL, computing(9)).overall().achieved())
          .isEqualTo("1");
      release.countDown();
      assertThat(refreshing.get(5, TimeUnit.SECONDS).overall().achieved()).isEqualTo("2");
      assertThat(cache.report(ScoreFilter.NONE, ALL, computing(9)).overall().achieved())
          .isEqualTo("2");
    } finally {
      readers.shutdownNow();
    }
  }

  @Test
  void afterAChangeOfTheDataNobodyGetsTheOldReport() throws Exception {
    cache.report(ScoreFilter.NONE, ALL, computing(1));
    version.incrementAndGet();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService readers = Executors.newFixedThreadPool(2);
    try {
      readers.submit(() -> cache.report(ScoreFilter.NONE, ALL, blocking(started, release, 2)));
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      Future<ScoreReport> waiting =
          readers.submit(() -> cache.report(ScoreFilter.NONE, ALL, computing(9)));
      // Whether it asks before or after the computation ends, it must get the new report.
      release.countDown();
      assertThat(waiting.get(5, TimeUnit.SECONDS).overall().achieved()).isEqualTo("2");
    } finally {
      readers.shutdownNow();
    }
  }
}
