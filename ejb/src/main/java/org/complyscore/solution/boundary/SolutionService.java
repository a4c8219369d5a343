package org.complyscore.solution.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.complyscore.access.entity.Permission;
import org.complyscore.action.entity.Solution;
import org.complyscore.audit.control.AuditLog;
import org.complyscore.audit.entity.AuditEventType;
import org.complyscore.score.control.ScoreQueries;
import org.complyscore.score.control.ScoreRow;
import org.complyscore.score.entity.Score;
import org.complyscore.score.entity.ScoreDimension;
import org.complyscore.score.entity.ScoreFilter;
import org.complyscore.shared.entity.InvalidInputException;

/** The Solutions page and API: solutions with their score, and their upkeep. */
@Stateless
@RolesAllowed(Permission.Names.VIEW)
public class SolutionService {

  /** The line of actions that have no solution. */
  public static final String NO_SOLUTION = "(no solution)";

  @PersistenceContext private EntityManager em;

  @Inject private ScoreQueries scoreQueries;

  @Inject private AuditLog auditLog;

  @Resource private SessionContext session;

  /**
   * Every solution with actions under the filter (and a line for actions without one), the most
   * points to gain first. Each action belongs to at most one solution, so the lines add up to the
   * overall score under the same filter, points and percentages alike (give or take rounding).
   */
  public List<SolutionScore> scores(ScoreFilter filter) {
    List<ScoreRow> rows = scoreQueries.score(ScoreDimension.SOLUTION, filter);
    Score overall = Score.sum(rows.stream().map(ScoreRow::score).toList());
    Map<Long, Solution> solutions = new HashMap<>();
    em.createQuery("select s from Solution s", Solution.class)
        .getResultList()
        .forEach(s -> solutions.put(s.getId(), s));
    return rows.stream()
        .map(row -> score(row, solutions, overall))
        .sorted(
            Comparator.comparing((SolutionScore s) -> s.score().remaining())
                .reversed()
                .thenComparing(SolutionScore::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  private static SolutionScore score(ScoreRow row, Map<Long, Solution> solutions, Score overall) {
    BigDecimal contribution = overall.percentOf(row.score().achieved());
    Solution solution = row.key() instanceof Long id ? solutions.get(id) : null;
    if (solution == null) {
      return new SolutionScore(
          null, NO_SOLUTION, null, null, 0, row.score(), contribution, row.counted(), row.open());
    }
    return new SolutionScore(
        solution.getId(),
        solution.getName(),
        solution.getDescription().orElse(null),
        solution.getUrl().orElse(null),
        solution.getVersion(),
        row.score(),
        contribution,
        row.counted(),
        row.open());
  }

  /**
   * Renames a solution and changes its description and address.
   *
   * @param expectedVersion the version the editor read; another one means someone else saved since
   * @return the solution as it is now, with its unfiltered score
   */
  @RolesAllowed(Permission.Names.MANAGE_SOLUTIONS)
  public SolutionScore describe(
      long id, long expectedVersion, String name, String description, String url) {
    Solution solution = em.find(Solution.class, id);
    if (solution == null) {
      throw new SolutionNotFoundException(id);
    }
    if (solution.getVersion() != expectedVersion) {
      throw new SolutionChangedException();
    }
    String before = solution.getName();
    // Before the change, so that the query does not flush a duplicate name into the unique index.
    String wanted = name == null ? "" : name.strip();
    em.createNamedQuery(Solution.FIND_BY_NAME, Solution.class)
        .setParameter("name", wanted)
        .getResultStream()
        .filter(other -> !other.getId().equals(id))
        .findFirst()
        .ifPresent(
            other -> {
              throw new InvalidInputException(
                  "name", "There is already a solution named \"" + other.getName() + "\".");
            });
    solution.describe(name, description, url);
    auditLog.record(
        AuditEventType.SOLUTION_CHANGED,
        session.getCallerPrincipal().getName(),
        before,
        "Solution "
            + id
            + " is now \""
            + solution.getName()
            + "\", address "
            + solution.getUrl().orElse("none")
            + ".");
    em.flush();
    return scores(ScoreFilter.NONE).stream()
        .filter(line -> Long.valueOf(id).equals(line.id()))
        .findFirst()
        .orElseGet(
            () -> score(new ScoreRow(id, Score.ZERO, 0, 0), Map.of(id, solution), Score.ZERO));
  }
}
