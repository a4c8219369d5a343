package org.complyscore.score.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.complyscore.access.entity.Permission;
import org.complyscore.score.control.ScoreCache;
import org.complyscore.score.control.ScoreQueries;
import org.complyscore.score.control.ScoreReports;
import org.complyscore.score.control.ScoreSnapshots;
import org.complyscore.score.entity.DailyScore;
import org.complyscore.score.entity.Score;
import org.complyscore.score.entity.ScoreDimension;
import org.complyscore.score.entity.ScoreFilter;
import org.complyscore.score.entity.ScoreReport;

/** The compliance score, now and as it was, for every signed-in person. */
@Stateless
@RolesAllowed(Permission.Names.VIEW)
public class ScoreService {

  /** What the Overview shows besides the overall score and the key actions. */
  private static final EnumSet<ScoreDimension> OVERVIEW =
      EnumSet.of(ScoreDimension.CATEGORY, ScoreDimension.ASSESSMENT, ScoreDimension.SOLUTION);

  @Inject private ScoreQueries scoreQueries;

  @Inject private ScoreReports scoreReports;

  @Inject private ScoreSnapshots scoreSnapshots;

  @Inject private ScoreCache scoreCache;

  public Score overall(ScoreFilter filter) {
    return scoreQueries.overall(filter);
  }

  /** The score with every breakdown and the key actions. */
  public ScoreReport report(ScoreFilter filter) {
    return scoreCache.report(
        filter, ScoreReports.ALL, () -> scoreReports.report(filter, ScoreReports.ALL));
  }

  /**
   * What the Overview shows: the score, by category, by assessment and by solution, and the key
   * actions; the group and regulation breakdowns, which it does not show, are left empty.
   */
  public ScoreReport overview(ScoreFilter filter) {
    return scoreCache.report(filter, OVERVIEW, () -> scoreReports.report(filter, OVERVIEW));
  }

  /**
   * The score at the end of a past day (today: as last taken), unfiltered, without key actions;
   * empty when no snapshot was taken that day.
   */
  public Optional<ScoreReport> asOf(LocalDate day) {
    Optional<ScoreReport> report = scoreSnapshots.reportOf(day);
    if (report.isEmpty() && isToday(day)) {
      scoreSnapshots.take(day);
      return scoreSnapshots.reportOf(day);
    }
    return report;
  }

  /** The first day with a snapshot, if any. */
  public Optional<LocalDate> firstSnapshotDay() {
    return scoreSnapshots.firstDay();
  }

  /**
   * The overall score of each day with a snapshot within the last {@code days} days, oldest first.
   */
  public List<DailyScore> trend(int days) {
    List<DailyScore> trend = scoreSnapshots.trend(days);
    if (trend.isEmpty() || !isToday(trend.get(trend.size() - 1).day())) {
      scoreSnapshots.take(LocalDate.now());
      return scoreSnapshots.trend(days);
    }
    return trend;
  }

  /**
   * A server running past midnight has no snapshot of the new day until the evening: the first
   * reader of today takes it (found missing from what was read anyway, so the Overview pays no
   * extra query), and today is never missing from the history.
   */
  private static boolean isToday(LocalDate day) {
    return day.equals(LocalDate.now());
  }
}
