package org.complyscore.score.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.complyscore.access.entity.Permission;
import org.complyscore.score.control.KeyActionRow;
import org.complyscore.score.control.ScoreDimension;
import org.complyscore.score.control.ScoreQueries;
import org.complyscore.score.control.ScoreRow;
import org.complyscore.score.entity.Score;
import org.complyscore.score.entity.ScoreFilter;

/** The compliance score, for every signed-in person. */
@Stateless
@RolesAllowed(Permission.Names.VIEW)
public class ScoreService {

  static final int KEY_ACTIONS = 10;

  @Inject private ScoreQueries scoreQueries;

  @PersistenceContext private EntityManager em;

  public Score overall(ScoreFilter filter) {
    return scoreQueries.overall(filter);
  }

  public ScoreReport report(ScoreFilter filter) {
    Score overall = scoreQueries.overall(filter);
    return new ScoreReport(
        overall,
        items(ScoreDimension.CATEGORY, filter, names("select c.id, c.name from Category c")),
        items(ScoreDimension.ASSESSMENT, filter, names("select x.id, x.name from Assessment x")),
        items(ScoreDimension.SOLUTION, filter, names("select s.id, s.name from Solution s")),
        items(ScoreDimension.GROUP, filter, names("select g.id, g.name from AssessmentGroup g")),
        items(ScoreDimension.REGULATION, filter, Map.of()),
        keyActions(filter, overall));
  }

  private List<ScoreReport.Item> items(
      ScoreDimension dimension, ScoreFilter filter, Map<Long, String> names) {
    return scoreQueries.score(dimension, filter).stream()
        .map(row -> item(row, names))
        .sorted(Comparator.comparing(ScoreReport.Item::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  private static ScoreReport.Item item(ScoreRow row, Map<Long, String> names) {
    if (row.key() instanceof Long id) {
      return new ScoreReport.Item(id, names.getOrDefault(id, "#" + id), row.score(), row.counted());
    }
    String name = row.key() == null ? "(none)" : row.key().toString();
    return new ScoreReport.Item(null, name, row.score(), row.counted());
  }

  private List<ScoreReport.KeyAction> keyActions(ScoreFilter filter, Score overall) {
    return scoreQueries.keyActions(filter, KEY_ACTIONS).stream()
        .map(row -> keyAction(row, overall))
        .toList();
  }

  private static ScoreReport.KeyAction keyAction(KeyActionRow row, Score overall) {
    BigDecimal percent =
        overall.achievable() == 0
            ? BigDecimal.ZERO
            : row.pointsToGain()
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(overall.achievable()), 1, RoundingMode.HALF_UP);
    return new ScoreReport.KeyAction(row.actionId(), row.title(), row.pointsToGain(), percent);
  }

  private Map<Long, String> names(String jpql) {
    Map<Long, String> names = new HashMap<>();
    for (Object[] row : em.createQuery(jpql, Object[].class).getResultList()) {
      names.put((Long) row[0], (String) row[1]);
    }
    return names;
  }
}
