package org.complyscore.score.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.complyscore.score.entity.Score;
import org.complyscore.score.entity.ScoreDimension;
import org.complyscore.score.entity.ScoreFilter;
import org.complyscore.score.entity.ScoreReport;

/**
 * Puts a {@link ScoreReport} together from the score queries: names the lines and works out what
 * each key action would add. For the secured {@link org.complyscore.score.boundary.ScoreService}
 * and for the daily snapshot, which runs with no one signed in.
 */
@Dependent
public class ScoreReports {

  /** How many key actions a report lists. */
  public static final int KEY_ACTIONS = 10;

  /** Every breakdown. */
  public static final Set<ScoreDimension> ALL =
      EnumSet.complementOf(EnumSet.of(ScoreDimension.OVERALL));

  @Inject private ScoreQueries scoreQueries;

  @PersistenceContext private EntityManager em;

  /** For CDI. */
  public ScoreReports() {}

  /** For use outside the container: the benchmark. */
  public ScoreReports(EntityManager em) {
    this.em = em;
    this.scoreQueries = new ScoreQueries(em);
  }

  /**
   * The score under a filter with the breakdowns asked for (the others are empty) and the key
   * actions.
   */
  public ScoreReport report(ScoreFilter filter, Set<ScoreDimension> breakdowns) {
    Score overall = scoreQueries.overall(filter);
    return new ScoreReport(
        overall,
        items(breakdowns, ScoreDimension.CATEGORY, filter, "select c.id, c.name from Category c"),
        items(
            breakdowns, ScoreDimension.ASSESSMENT, filter, "select x.id, x.name from Assessment x"),
        items(breakdowns, ScoreDimension.SOLUTION, filter, "select s.id, s.name from Solution s"),
        items(
            breakdowns, ScoreDimension.GROUP, filter, "select g.id, g.name from AssessmentGroup g"),
        items(breakdowns, ScoreDimension.REGULATION, filter, null),
        scoreQueries.keyActions(filter, KEY_ACTIONS).stream()
            .map(row -> keyAction(row, overall))
            .toList());
  }

  private List<ScoreReport.Item> items(
      Set<ScoreDimension> breakdowns, ScoreDimension dimension, ScoreFilter filter, String names) {
    if (!breakdowns.contains(dimension)) {
      return List.of();
    }
    Map<Long, String> named = names == null ? Map.of() : names(names);
    return scoreQueries.score(dimension, filter).stream()
        .map(row -> item(row, named))
        .sorted(Comparator.comparing(ScoreReport.Item::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  private static ScoreReport.Item item(ScoreRow row, Map<Long, String> names) {
    if (row.key() instanceof Long id) {
      return new ScoreReport.Item(
          id, names.getOrDefault(id, "#" + id), row.score(), row.counted(), row.open());
    }
    String name = row.key() == null ? "(none)" : row.key().toString();
    return new ScoreReport.Item(null, name, row.score(), row.counted(), row.open());
  }

  private static ScoreReport.KeyAction keyAction(KeyActionRow row, Score overall) {
    return new ScoreReport.KeyAction(
        row.actionId(),
        row.title(),
        row.pointsToGain(),
        overall.percentOf(row.pointsToGain()),
        row.openStates(),
        row.firstStateId(),
        row.solution(),
        row.implementationStatus(),
        row.testStatus());
  }

  private Map<Long, String> names(String jpql) {
    Map<Long, String> names = new HashMap<>();
    for (Object[] row : em.createQuery(jpql, Object[].class).getResultList()) {
      names.put((Long) row[0], (String) row[1]);
    }
    return names;
  }
}
