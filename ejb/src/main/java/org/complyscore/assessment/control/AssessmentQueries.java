package org.complyscore.assessment.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complyscore.action.control.ScoringSql;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.score.entity.Score;
import org.complyscore.shared.control.NativeSql;

/**
 * The numbers of the Assessments and assessment details pages, added up by the database: action
 * counts and points per assessment and owner, per control, and test statuses.
 */
@Dependent
public class AssessmentQueries {

  /** A control belongs to an assessment at the template revision the assessment follows. */
  public static final String CONTROL_VISIBLE =
      "c.added_in <= x.template_revision AND (c.removed_in IS NULL OR c.removed_in >"
          + " x.template_revision)";

  private static final String COMPLETED =
      "CASE WHEN " + ScoringSql.IMPLEMENTED + " AND s.test_status = 'PASSED' THEN 1 ELSE 0 END";

  @PersistenceContext private EntityManager em;

  public AssessmentQueries() {}

  public AssessmentQueries(EntityManager em) {
    this.em = em;
  }

  /** Completed and total actions, and points, of one owner in one assessment. */
  public record OwnerTotals(long completed, long total, Score score) {
    public static final OwnerTotals NONE = new OwnerTotals(0, 0, Score.ZERO);
  }

  /** Per assessment, per owner: completed and total actions and their points. */
  public Map<Long, Map<ActionOwner, OwnerTotals>> ownerTotals(Collection<Long> assessmentIds) {
    Map<Long, Map<ActionOwner, OwnerTotals>> totals = new LinkedHashMap<>();
    if (assessmentIds.isEmpty()) {
      return totals;
    }
    NativeSql sql = new NativeSql();
    sql.append("SELECT l.assessment_id, a.owner, COUNT(*), SUM(")
        .append(COMPLETED)
        .append("), COALESCE(SUM(")
        .append(ScoringSql.ACHIEVED)
        .append("), 0), COALESCE(SUM(")
        .append(ScoringSql.ACHIEVABLE)
        .append("), 0) FROM assessment_action l")
        .append(" JOIN action_state s ON s.id = l.action_state_id")
        .append(" JOIN improvement_action a ON a.id = s.action_id WHERE 1 = 1");
    sql.in("l.assessment_id", assessmentIds);
    sql.append(" GROUP BY l.assessment_id, a.owner");
    for (Object result : sql.query(em).getResultList()) {
      Object[] row = (Object[]) result;
      totals
          .computeIfAbsent(number(row[0]), id -> new EnumMap<>(ActionOwner.class))
          .put(
              ActionOwner.valueOf(row[1].toString().strip()),
              new OwnerTotals(
                  number(row[3]), number(row[2]), new Score(decimal(row[4]), number(row[5]))));
    }
    return totals;
  }

  /** How many of an assessment's action states have each test status. */
  public Map<TestStatus, Long> testStatuses(long assessmentId) {
    Map<TestStatus, Long> counts = new EnumMap<>(TestStatus.class);
    for (Object result :
        em.createNativeQuery(
                "SELECT s.test_status, COUNT(*) FROM assessment_action l"
                    + " JOIN action_state s ON s.id = l.action_state_id"
                    + " WHERE l.assessment_id = ?1 GROUP BY s.test_status")
            .setParameter(1, assessmentId)
            .getResultList()) {
      Object[] row = (Object[]) result;
      counts.put(TestStatus.valueOf(row[0].toString().strip()), number(row[1]));
    }
    return counts;
  }

  /**
   * A control of an assessment with the totals of the states behind it.
   *
   * @param familySort the family's position in the template
   */
  public record ControlTotals(
      long controlId,
      String familyKey,
      String familyTitle,
      int familySort,
      String key,
      String title,
      long actions,
      long completed,
      Score score) {}

  /** Every control of an assessment that has actions, in the template's order. */
  public List<ControlTotals> controls(long assessmentId) {
    List<ControlTotals> controls = new ArrayList<>();
    for (Object result :
        em.createNativeQuery(
                "SELECT c.id, f.family_key, f.title, f.sort_order, c.control_key, c.title,"
                    + " COUNT(*), SUM("
                    + COMPLETED
                    + "), COALESCE(SUM("
                    + ScoringSql.ACHIEVED
                    + "), 0), COALESCE(SUM("
                    + ScoringSql.ACHIEVABLE
                    + "), 0), c.sort_order"
                    + " FROM assessment x"
                    + " JOIN control c ON c.template_id = x.template_id AND "
                    + CONTROL_VISIBLE
                    + " JOIN control_family f ON f.id = c.family_id"
                    + " JOIN control_action ca ON ca.control_id = c.id"
                    + " JOIN assessment_action l ON l.assessment_id = x.id"
                    + " JOIN action_state s ON s.id = l.action_state_id AND s.action_id ="
                    + " ca.action_id"
                    + " JOIN improvement_action a ON a.id = s.action_id"
                    + " WHERE x.id = ?1"
                    + " GROUP BY c.id, f.family_key, f.title, f.sort_order, c.control_key,"
                    + " c.title, c.sort_order"
                    + " ORDER BY f.sort_order, c.sort_order")
            .setParameter(1, assessmentId)
            .getResultList()) {
      Object[] row = (Object[]) result;
      controls.add(
          new ControlTotals(
              number(row[0]),
              (String) row[1],
              (String) row[2],
              ((Number) row[3]).intValue(),
              (String) row[4],
              (String) row[5],
              number(row[6]),
              number(row[7]),
              new Score(decimal(row[8]), number(row[9]))));
    }
    return controls;
  }

  /** Which action states stand behind which control of an assessment. */
  public Map<Long, List<Long>> statesByControl(long assessmentId) {
    Map<Long, List<Long>> states = new LinkedHashMap<>();
    for (Object result :
        em.createNativeQuery(
                "SELECT ca.control_id, s.id FROM assessment x"
                    + " JOIN control c ON c.template_id = x.template_id AND "
                    + CONTROL_VISIBLE
                    + " JOIN control_action ca ON ca.control_id = c.id"
                    + " JOIN assessment_action l ON l.assessment_id = x.id"
                    + " JOIN action_state s ON s.id = l.action_state_id AND s.action_id ="
                    + " ca.action_id"
                    + " WHERE x.id = ?1")
            .setParameter(1, assessmentId)
            .getResultList()) {
      Object[] row = (Object[]) result;
      states.computeIfAbsent(number(row[0]), id -> new ArrayList<>()).add(number(row[1]));
    }
    return states;
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static BigDecimal decimal(Object value) {
    if (value == null) {
      return BigDecimal.ZERO;
    }
    return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
  }
}
