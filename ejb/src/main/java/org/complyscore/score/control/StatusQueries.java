package org.complyscore.score.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.complyscore.action.control.ScoringSql;
import org.complyscore.assessment.control.AssessmentQueries;
import org.complyscore.assessment.entity.AssessmentStatus;
import org.complyscore.assessment.entity.AssessmentStatus.ControlTally;
import org.complyscore.assessment.entity.ControlStatus;
import org.complyscore.shared.control.NativeSql;

/**
 * Control and assessment statuses (rules 7 and 8), derived by the database from the action states
 * an assessment links. {@link ControlStatus#derive} says the same for one control; the integration
 * tests hold both to the same answers.
 */
@Dependent
public class StatusQueries {

  private static final String OUT_OF_SCOPE =
      "(s.implementation_status = 'OUT_OF_SCOPE' OR s.test_status = 'OUT_OF_SCOPE')";
  private static final String IN_SCOPE = "NOT " + OUT_OF_SCOPE;
  private static final String FAILED =
      "s.test_status IN ('FAILED_LOW_RISK', 'FAILED_MEDIUM_RISK', 'FAILED_HIGH_RISK')";
  private static final String PASSED = ScoringSql.IMPLEMENTED + " AND s.test_status = 'PASSED'";
  private static final String TESTED =
      "(s.test_status IN ('PASSED', 'PARTIALLY_TESTED') OR " + FAILED + ")";

  /** Rule 7, from the counts of one control's actions in one assessment. */
  static final String CONTROL_STATUS =
      "CASE WHEN SUM(CASE WHEN "
          + OUT_OF_SCOPE
          + " THEN 1 ELSE 0 END) = COUNT(*) THEN 'OUT_OF_SCOPE'"
          + " WHEN SUM(CASE WHEN "
          + IN_SCOPE
          + " AND "
          + FAILED
          + " THEN 1 ELSE 0 END) > 0 THEN 'FAILED'"
          + " WHEN SUM(CASE WHEN "
          + IN_SCOPE
          + " AND "
          + PASSED
          + " THEN 1 ELSE 0 END) = COUNT(*) - SUM(CASE WHEN "
          + OUT_OF_SCOPE
          + " THEN 1 ELSE 0 END) THEN 'PASSED'"
          + " WHEN SUM(CASE WHEN "
          + IN_SCOPE
          + " AND "
          + TESTED
          + " THEN 1 ELSE 0 END) = 0 THEN 'NONE'"
          + " ELSE 'IN_PROGRESS' END";

  /** Each control of each assessment with its derived status. */
  private static final String CONTROL_STATUSES =
      "SELECT l.assessment_id AS assessment_id, ca.control_id AS control_id, "
          + CONTROL_STATUS
          + " AS status"
          + " FROM assessment_action l"
          + " JOIN assessment x ON x.id = l.assessment_id"
          + " JOIN action_state s ON s.id = l.action_state_id"
          + " JOIN control_action ca ON ca.action_id = s.action_id"
          + " JOIN control c ON c.id = ca.control_id AND c.template_id = x.template_id AND "
          + AssessmentQueries.CONTROL_VISIBLE;

  @PersistenceContext private EntityManager em;

  public StatusQueries() {}

  public StatusQueries(EntityManager em) {
    this.em = em;
  }

  /** The derived status of each control of an assessment that has actions. */
  public Map<Long, ControlStatus> controlStatuses(long assessmentId) {
    Map<Long, ControlStatus> statuses = new LinkedHashMap<>();
    for (Object result :
        em.createNativeQuery(
                CONTROL_STATUSES
                    + " WHERE l.assessment_id = ?1 GROUP BY l.assessment_id, ca.control_id")
            .setParameter(1, assessmentId)
            .getResultList()) {
      Object[] row = (Object[]) result;
      statuses.put(((Number) row[1]).longValue(), ControlStatus.valueOf(row[2].toString().strip()));
    }
    return statuses;
  }

  /** Each given assessment's controls counted by status, and its status and progress from them. */
  public Map<Long, AssessmentProgress> assessmentProgress(Collection<Long> assessmentIds) {
    Map<Long, AssessmentProgress> progress = new LinkedHashMap<>();
    if (assessmentIds.isEmpty()) {
      return progress;
    }
    NativeSql sql = assessmentProgressSql(assessmentIds);
    for (Object result : sql.query(em).getResultList()) {
      Object[] row = (Object[]) result;
      ControlTally tally =
          new ControlTally(
              count(row[1]), count(row[2]), count(row[3]), count(row[4]), count(row[5]));
      progress.put(
          ((Number) row[0]).longValue(),
          new AssessmentProgress(AssessmentStatus.derive(tally), tally));
    }
    return progress;
  }

  /** The SQL of {@link #assessmentProgress}. */
  public NativeSql assessmentProgressSql(Collection<Long> assessmentIds) {
    NativeSql sql = new NativeSql();
    sql.append("SELECT k.assessment_id, COUNT(*),")
        .append(" SUM(CASE WHEN k.status = 'OUT_OF_SCOPE' THEN 1 ELSE 0 END),")
        .append(" SUM(CASE WHEN k.status = 'PASSED' THEN 1 ELSE 0 END),")
        .append(" SUM(CASE WHEN k.status = 'FAILED' THEN 1 ELSE 0 END),")
        .append(" SUM(CASE WHEN k.status = 'IN_PROGRESS' THEN 1 ELSE 0 END)")
        .append(" FROM (")
        .append(CONTROL_STATUSES)
        .append(" WHERE 1 = 1");
    sql.in("l.assessment_id", assessmentIds);
    sql.append(" GROUP BY l.assessment_id, ca.control_id) k GROUP BY k.assessment_id");
    return sql;
  }

  /** An assessment's status (rule 8) and the tally it comes from, with the progress. */
  public record AssessmentProgress(AssessmentStatus status, ControlTally controls) {}

  private static int count(Object value) {
    return ((Number) value).intValue();
  }
}
