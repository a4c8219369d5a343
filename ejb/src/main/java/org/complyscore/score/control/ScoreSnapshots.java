package org.complyscore.score.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.complyscore.score.entity.DailyScore;
import org.complyscore.score.entity.Score;
import org.complyscore.score.entity.ScoreDimension;
import org.complyscore.score.entity.ScoreFilter;
import org.complyscore.score.entity.ScoreReport;
import org.complyscore.score.entity.ScoreSnapshot;

/**
 * The score history (F15): one snapshot a day of the unfiltered score, every breakdown included,
 * and the reports and trend read back from it. A day taken again replaces its lines, so the last
 * snapshot of a day is the day's score.
 */
@Dependent
public class ScoreSnapshots {

  @PersistenceContext private EntityManager em;

  @Inject private ScoreReports scoreReports;

  /** For CDI. */
  public ScoreSnapshots() {}

  /** For use outside the container: the benchmark. */
  public ScoreSnapshots(EntityManager em) {
    this.em = em;
    this.scoreReports = new ScoreReports(em);
  }

  /** Takes the score as it is now as the day's snapshot, in the caller's transaction. */
  public void take(LocalDate day) {
    ScoreReport report = scoreReports.report(ScoreFilter.NONE, ScoreReports.ALL);
    em.createNamedQuery(ScoreSnapshot.DELETE_DAY).setParameter("day", day).executeUpdate();
    em.persist(
        new ScoreSnapshot(
            day,
            ScoreDimension.OVERALL,
            null,
            "Overall",
            report.overall(),
            // Every counted state has one category or none: the category lines add up to all.
            report.byCategory().stream().mapToLong(ScoreReport.Item::actions).sum(),
            report.byCategory().stream().mapToLong(ScoreReport.Item::open).sum()));
    keep(day, ScoreDimension.ASSESSMENT, report.byAssessment());
    keep(day, ScoreDimension.CATEGORY, report.byCategory());
    keep(day, ScoreDimension.SOLUTION, report.bySolution());
    keep(day, ScoreDimension.GROUP, report.byGroup());
    keep(day, ScoreDimension.REGULATION, report.byRegulation());
  }

  private void keep(LocalDate day, ScoreDimension dimension, List<ScoreReport.Item> items) {
    for (ScoreReport.Item item : items) {
      em.persist(
          new ScoreSnapshot(
              day, dimension, item.id(), item.name(), item.score(), item.actions(), item.open()));
    }
  }

  /** Whether the day has a snapshot. */
  public boolean isTaken(LocalDate day) {
    return !em.createNamedQuery(ScoreSnapshot.FIND_BY_DAY, ScoreSnapshot.class)
        .setParameter("day", day)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The day's score as a report without key actions (they are not kept); empty when not taken. */
  public Optional<ScoreReport> reportOf(LocalDate day) {
    List<ScoreSnapshot> lines =
        em.createNamedQuery(ScoreSnapshot.FIND_BY_DAY, ScoreSnapshot.class)
            .setParameter("day", day)
            .getResultList();
    Score overall = null;
    Map<ScoreDimension, List<ScoreReport.Item>> items = new EnumMap<>(ScoreDimension.class);
    for (ScoreDimension dimension : ScoreDimension.values()) {
      items.put(dimension, new ArrayList<>());
    }
    for (ScoreSnapshot line : lines) {
      if (line.getDimension() == ScoreDimension.OVERALL) {
        overall = line.getScore();
      } else {
        items
            .get(line.getDimension())
            .add(
                new ScoreReport.Item(
                    line.getSubjectId().orElse(null),
                    line.getSubjectName(),
                    line.getScore(),
                    line.getActions(),
                    line.getOpenActions()));
      }
    }
    if (overall == null) {
      return Optional.empty();
    }
    for (List<ScoreReport.Item> list : items.values()) {
      list.sort((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(a.name(), b.name()));
    }
    return Optional.of(
        new ScoreReport(
            overall,
            items.get(ScoreDimension.CATEGORY),
            items.get(ScoreDimension.ASSESSMENT),
            items.get(ScoreDimension.SOLUTION),
            items.get(ScoreDimension.GROUP),
            items.get(ScoreDimension.REGULATION),
            List.of()));
  }

  /** The first day with a snapshot. */
  public Optional<LocalDate> firstDay() {
    return Optional.ofNullable(
        em.createNamedQuery(ScoreSnapshot.FIRST_DAY, LocalDate.class).getSingleResult());
  }

  /**
   * The overall score of each day taken in the last {@code days} days up to today, oldest first.
   */
  public List<DailyScore> trend(int days) {
    return em
        .createNamedQuery(ScoreSnapshot.FIND_OVERALL_SINCE, ScoreSnapshot.class)
        .setParameter("since", LocalDate.now().minusDays(days - 1L))
        .getResultList()
        .stream()
        .map(line -> new DailyScore(line.getTakenOn(), line.getScore()))
        .toList();
  }
}
