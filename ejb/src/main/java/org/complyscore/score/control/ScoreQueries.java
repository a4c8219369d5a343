package org.complyscore.score.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.complyscore.action.control.ScoringSql;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.score.entity.Score;
import org.complyscore.score.entity.ScoreDimension;
import org.complyscore.score.entity.ScoreFilter;
import org.complyscore.shared.control.NativeSql;

/**
 * The product's scoring rules as aggregate SQL: one query family for the overall score and every
 * breakdown, under any combination of filters. The database adds the points; nothing here loops
 * over rows.
 *
 * <p>What is counted (rule 5): each action state linked to at least one assessment the filter
 * keeps. A state is one per organization for technical and provider actions and one per group for
 * the organization's non-technical ones, and an assessment links each of its actions once, so
 * counting states counts exactly what the rule says. Per assessment, each link counts; per group
 * and per regulation, each distinct state of that group or regulation counts once.
 *
 * <p>Every query reads the same derived table {@code st}: the states the action filters keep, with
 * what each can earn and has earned (rules 2 to 4, {@link ScoringSql}, worked out once per state
 * however many assessments link it). {@code ScoringRules} says the same for one state, and the
 * integration tests hold both to the same numbers.
 *
 * <p>Every state is linked by at least one assessment: states are made only for an assessment
 * ({@code AssessmentFactory}) and go with the last assessment that links them. So without a filter
 * on assessments, groups or regulations, the links need not be read at all, which keeps the overall
 * score cheap.
 */
@Dependent
public class ScoreQueries {

  @PersistenceContext private EntityManager em;

  /** For CDI, which injects the entity manager. */
  public ScoreQueries() {}

  /** For use outside the container: the benchmark. */
  public ScoreQueries(EntityManager em) {
    this.em = em;
  }

  /** The score broken down by a dimension, one row per key; one row for {@code OVERALL}. */
  public List<ScoreRow> score(ScoreDimension dimension, ScoreFilter filter) {
    NativeSql sql = sql(dimension, filter);
    List<ScoreRow> rows = new ArrayList<>();
    for (Object result : sql.query(em).getResultList()) {
      Object[] row = (Object[]) result;
      rows.add(
          new ScoreRow(
              key(row[0]),
              new Score(NativeSql.decimal(row[2]), NativeSql.decimal(row[1]).longValueExact()),
              ((Number) row[3]).longValue(),
              ((Number) row[4]).longValue()));
    }
    if (dimension == ScoreDimension.OVERALL && rows.isEmpty()) {
      rows.add(new ScoreRow(null, Score.ZERO, 0, 0));
    }
    return rows;
  }

  /** The overall score under a filter. */
  public Score overall(ScoreFilter filter) {
    return score(ScoreDimension.OVERALL, filter).get(0).score();
  }

  /**
   * The open actions with the most points to gain, most first; equal gains in creation order. Each
   * comes with its first open state (the one the Overview opens) and that state's statuses.
   */
  public List<KeyActionRow> keyActions(ScoreFilter filter, int limit) {
    Query query = keyActionsSql(filter).query(em).setMaxResults(limit);
    List<Object[]> found = new ArrayList<>();
    for (Object result : query.getResultList()) {
      found.add((Object[]) result);
    }
    Map<Long, long[]> open = openStates(filter, found.stream().map(row -> id(row[0])).toList());
    Map<Long, Object[]> states =
        firstStates(open.values().stream().map(counts -> counts[1]).toList());
    List<KeyActionRow> rows = new ArrayList<>();
    for (Object[] row : found) {
      long[] counts = open.get(id(row[0]));
      Object[] state = states.get(counts[1]);
      rows.add(
          new KeyActionRow(
              id(row[0]),
              (String) row[1],
              NativeSql.decimal(row[2]).stripTrailingZeros(),
              counts[0],
              counts[1],
              (String) state[3],
              ImplementationStatus.valueOf((String) state[1]),
              TestStatus.valueOf((String) state[2])));
    }
    return rows;
  }

  /**
   * The SQL of {@link #keyActions}, without the row limit: only the ranking, so that the database
   * works out each state's points once; the few ranked actions' states are read afterwards.
   */
  public NativeSql keyActionsSql(ScoreFilter filter) {
    NativeSql sql = new NativeSql();
    sql.append("SELECT st.action_id, a.title, SUM(st.achievable - st.achieved) AS gain FROM ");
    counted(sql, filter);
    sql.append(" JOIN improvement_action a ON a.id = st.action_id WHERE 1 = 1");
    linkedTo(sql, filter);
    sql.append(" GROUP BY st.action_id, a.title HAVING SUM(st.achievable - st.achieved) > 0")
        .append(" ORDER BY gain DESC, st.action_id");
    return sql;
  }

  /** Per action: how many of its counted states have points to gain, and the first of them. */
  private Map<Long, long[]> openStates(ScoreFilter filter, List<Long> actionIds) {
    Map<Long, long[]> open = new HashMap<>();
    if (actionIds.isEmpty()) {
      return open;
    }
    NativeSql sql = new NativeSql();
    sql.append("SELECT st.action_id, COUNT(*), MIN(st.id) FROM ");
    counted(sql, filter);
    sql.append(" WHERE st.achievable > st.achieved");
    sql.in("st.action_id", actionIds);
    linkedTo(sql, filter);
    sql.append(" GROUP BY st.action_id");
    for (Object result : sql.query(em).getResultList()) {
      Object[] row = (Object[]) result;
      open.put(id(row[0]), new long[] {((Number) row[1]).longValue(), id(row[2])});
    }
    return open;
  }

  /** Id, implementation status, test status and solution name of a few states, by id. */
  private Map<Long, Object[]> firstStates(List<Long> ids) {
    Map<Long, Object[]> states = new HashMap<>();
    if (ids.isEmpty()) {
      return states;
    }
    NativeSql sql = new NativeSql();
    sql.append("SELECT s.id, s.implementation_status, s.test_status, so.name FROM action_state s")
        .append(" JOIN improvement_action a ON a.id = s.action_id")
        .append(" LEFT JOIN solution so ON so.id = a.solution_id WHERE 1 = 1");
    sql.in("s.id", ids);
    for (Object result : sql.query(em).getResultList()) {
      Object[] row = (Object[]) result;
      states.put(id(row[0]), row);
    }
    return states;
  }

  /**
   * The SQL of a breakdown, for running it elsewhere (the benchmark runs it through plain JDBC).
   */
  public NativeSql sql(ScoreDimension dimension, ScoreFilter filter) {
    return switch (dimension) {
      case OVERALL -> perState("NULL", filter, false);
      case CATEGORY -> perState("st.category_id", filter, true);
      case SOLUTION -> perState("st.solution_id", filter, true);
      case ASSESSMENT -> perLink(filter);
      case GROUP -> perDistinctState("x.group_id", filter);
      case REGULATION -> perDistinctState("t.regulation", filter);
    };
  }

  /** Each counted state once, keyed by one of its action's attributes. */
  private NativeSql perState(String key, ScoreFilter filter, boolean grouped) {
    NativeSql sql = new NativeSql();
    sql.append("SELECT ").append(key).append(" AS dim, ");
    totals(sql);
    sql.append(" FROM ");
    counted(sql, filter);
    sql.append(" WHERE 1 = 1");
    linkedTo(sql, filter);
    if (grouped) {
      sql.append(" GROUP BY ").append(key);
    }
    return sql;
  }

  /** Per assessment: each of its links, i.e. each of its actions once. */
  private NativeSql perLink(ScoreFilter filter) {
    NativeSql sql = new NativeSql();
    sql.append("SELECT l.assessment_id AS dim, ");
    totals(sql);
    sql.append(" FROM assessment_action l");
    keptAssessments(sql, filter);
    sql.append(" JOIN ");
    counted(sql, filter);
    sql.append(" ON st.id = l.action_state_id WHERE 1 = 1");
    assessmentFilters(sql, filter);
    sql.append(" GROUP BY l.assessment_id");
    return sql;
  }

  /**
   * Per group or regulation: each state once within it, however many of its assessments link it.
   */
  private NativeSql perDistinctState(String key, ScoreFilter filter) {
    NativeSql sql = new NativeSql();
    sql.append("SELECT u.dim, ");
    totals(sql);
    sql.append(" FROM (SELECT DISTINCT ")
        .append(key)
        .append(" AS dim, l.action_state_id AS state_id")
        .append(" FROM assessment_action l JOIN assessment x ON x.id = l.assessment_id");
    if (key.startsWith("t.") || !filter.regulations().isEmpty()) {
      sql.append(" JOIN template t ON t.id = x.template_id");
    }
    sql.append(" WHERE 1 = 1");
    assessmentFilters(sql, filter);
    sql.append(") u JOIN ");
    counted(sql, filter);
    sql.append(" ON st.id = u.state_id GROUP BY u.dim");
    return sql;
  }

  /**
   * The derived table {@code st}: the states the action filters keep, with their points. (A derived
   * table, not a WITH clause: H2 runs a WITH clause as a temporary view that other sessions must
   * wait for.)
   */
  private static void counted(NativeSql sql, ScoreFilter filter) {
    sql.append("(SELECT s.id, s.action_id, s.test_status, a.category_id, a.solution_id, ")
        .append(ScoringSql.ACHIEVABLE)
        .append(" AS achievable, ")
        .append(ScoringSql.ACHIEVED)
        .append(" AS achieved FROM action_state s JOIN improvement_action a ON a.id = s.action_id")
        .append(" WHERE 1 = 1");
    sql.in("a.solution_id", filter.solutionIds());
    sql.in("a.category_id", filter.categoryIds());
    sql.in("a.implementation_type", names(filter.implementationTypes()));
    sql.in("a.purpose", names(filter.purposes()));
    sql.in("a.owner", names(filter.owners()));
    sql.append(") st");
  }

  /**
   * Points, counted states, and open ones: not passed, the states the action list shows unless
   * asked for passed ones, so a count and the list it links to agree.
   */
  private static void totals(NativeSql sql) {
    sql.append(
            "SUM(st.achievable) AS achievable, SUM(st.achieved) AS achieved, COUNT(*) AS counted,")
        .append(
            " COALESCE(SUM(CASE WHEN st.test_status <> 'PASSED' THEN 1 ELSE 0 END), 0) AS open_count");
  }

  /**
   * Keeps the states that at least one kept assessment links. Without a filter on assessments every
   * state qualifies (see the class comment), so nothing is added.
   */
  private static void linkedTo(NativeSql sql, ScoreFilter filter) {
    if (!filter.narrowsAssessments()) {
      return;
    }
    sql.append(" AND EXISTS (SELECT 1 FROM assessment_action l");
    keptAssessments(sql, filter);
    sql.append(" WHERE l.action_state_id = st.id");
    assessmentFilters(sql, filter);
    sql.append(")");
  }

  /**
   * Joins the assessment (and its template) of link {@code l} when the filter looks at them. A
   * join, not {@code IN (SELECT …)}: H2 would run such a subquery again for every row.
   */
  private static void keptAssessments(NativeSql sql, ScoreFilter filter) {
    if (filter.narrowsAssessments()) {
      sql.append(" JOIN assessment x ON x.id = l.assessment_id");
    }
    if (!filter.regulations().isEmpty()) {
      sql.append(" JOIN template t ON t.id = x.template_id");
    }
  }

  private static void assessmentFilters(NativeSql sql, ScoreFilter filter) {
    sql.in("t.regulation", filter.regulations());
    sql.in("x.group_id", filter.groupIds());
    sql.in("x.id", filter.assessmentIds());
  }

  private static List<String> names(Collection<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).toList();
  }

  private static long id(Object value) {
    return ((Number) value).longValue();
  }

  private static Object key(Object value) {
    return value instanceof Number number ? (Object) number.longValue() : value;
  }
}
