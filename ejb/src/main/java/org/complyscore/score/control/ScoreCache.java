package org.complyscore.score.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.complyscore.score.entity.ScoreDataVersion;
import org.complyscore.score.entity.ScoreDimension;
import org.complyscore.score.entity.ScoreFilter;
import org.complyscore.score.entity.ScoreReport;

/**
 * Recent score reports, by filter: the score is read on every Overview and by every dashboard poll,
 * and changes far less often. A report is kept while the score data on this server is unchanged
 * ({@link ScoreDataVersion}) and for at most {@link #MAX_AGE}, which bounds how long a change made
 * on another server of a cluster, or by SQL outside the application, goes unseen. The database
 * still computes every report; this only avoids computing the same one twice.
 *
 * <p>When many people ask for the same report at once (after a change, say), one of them computes
 * it and the others wait for that result rather than each asking the database. When a report is
 * only old (the data on this server did not change), the others meanwhile get the old one at once:
 * it is as right as it was a moment ago, and nobody waits for a check that usually finds nothing.
 */
@ApplicationScoped
public class ScoreCache {

  /** How long a report is kept at most. */
  public static final Duration MAX_AGE = Duration.ofSeconds(10);

  /** Reports kept at most; the least recently used go first. */
  static final int CAPACITY = 256;

  private record Key(ScoreFilter filter, Set<ScoreDimension> breakdowns) {}

  /**
   * A report being computed or computed, under a data version, and the report it replaces when that
   * one was only old: what readers get while the new one is computed.
   */
  private record Entry(
      long version, long createdNanos, FutureTask<ScoreReport> report, ScoreReport previous) {
    boolean isFresh(long currentVersion, long now) {
      return version == currentVersion && now - createdNanos < MAX_AGE.toNanos();
    }

    /** The finished report, if any. */
    ScoreReport done() {
      if (!report.isDone()) {
        return null;
      }
      try {
        return report.get();
      } catch (ExecutionException | InterruptedException | RuntimeException failed) {
        return null;
      }
    }
  }

  private final Map<Key, Entry> entries =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
          return size() > CAPACITY;
        }
      };

  private final LongSupplier version;
  private final LongSupplier clock;

  /** For CDI: the score data version of this server and the system's clock. */
  public ScoreCache() {
    this(ScoreDataVersion::current, System::nanoTime);
  }

  /** For tests: a version and a clock they control. */
  ScoreCache(LongSupplier version, LongSupplier clock) {
    this.version = version;
    this.clock = clock;
  }

  /** The report for a filter: a fresh kept one, or the one {@code compute} gives (then kept). */
  public ScoreReport report(
      ScoreFilter filter, Set<ScoreDimension> breakdowns, Supplier<ScoreReport> compute) {
    Key key = new Key(filter, Set.copyOf(breakdowns));
    long currentVersion = version.getAsLong();
    long now = clock.getAsLong();
    Entry kept;
    Entry mine = null;
    synchronized (entries) {
      kept = entries.get(key);
      if (kept == null || !kept.isFresh(currentVersion, now)) {
        ScoreReport stillRight =
            kept != null && kept.version() == currentVersion ? kept.done() : null;
        mine = new Entry(currentVersion, now, new FutureTask<>(compute::get), stillRight);
        entries.put(key, mine);
        kept = mine;
      }
    }
    if (kept == mine) {
      mine.report().run();
    } else if (!kept.report().isDone() && kept.previous() != null) {
      return kept.previous();
    }
    try {
      return kept.report().get();
    } catch (ExecutionException failed) {
      forget(key, kept);
      if (failed.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(failed.getCause());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while the score was computed", interrupted);
    }
  }

  /** A failed computation is not kept: the next reader tries again. */
  private void forget(Key key, Entry failed) {
    synchronized (entries) {
      entries.remove(key, failed);
    }
  }
}
