package org.complyscore.assessment.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.EvidenceKind;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.assessment.control.AssessmentReport.EvidenceRef;
import org.complyscore.assessment.control.AssessmentReport.Line;
import org.complyscore.assessment.entity.Control;
import org.complyscore.assessment.entity.ControlStatus;
import org.complyscore.score.control.StatusQueries;
import org.complyscore.shared.control.NativeSql;

/**
 * Reads an assessment's report in four queries, however many controls it has: the assessment, its
 * lines, the evidence of all its action states, and the control statuses ({@link StatusQueries},
 * which derives them by rule 7).
 */
@Dependent
public class AssessmentReportQueries {

  private static final String ASSESSMENT =
      "SELECT x.id, x.name, g.name, t.title, t.product, t.regulation, t.template_version"
          + " FROM assessment x"
          + " JOIN assessment_group g ON g.id = x.group_id"
          + " JOIN template t ON t.id = x.template_id"
          + " WHERE x.id = ?1";

  /**
   * The controls of the assessment's template revision, each with the action states the assessment
   * tracks for it; a control without any keeps one row without action (LEFT JOIN).
   */
  private static final String LINES =
      "SELECT f.family_key, f.title, c.id, c.control_key, c.source_id, c.title,"
          + " k.state_id, a.title, a.owner, a.implementation_type, a.points,"
          + " k.implementation_status, k.implementation_date, k.test_status, k.test_date,"
          + " u.display_name, k.modified_at"
          + " FROM assessment x"
          + " JOIN control c ON c.template_id = x.template_id AND c.added_in <= x.template_revision"
          + " AND (c.removed_in IS NULL OR c.removed_in > x.template_revision)"
          + " JOIN control_family f ON f.id = c.family_id"
          + " LEFT JOIN (SELECT ca.control_id AS control_id, s.id AS state_id,"
          + " s.action_id AS action_id, s.assignee_id AS assignee_id,"
          + " s.implementation_status AS implementation_status,"
          + " s.implementation_date AS implementation_date, s.test_status AS test_status,"
          + " s.test_date AS test_date, s.modified_at AS modified_at"
          + " FROM assessment_action l"
          + " JOIN action_state s ON s.id = l.action_state_id"
          + " JOIN control_action ca ON ca.action_id = s.action_id"
          + " WHERE l.assessment_id = ?1) k ON k.control_id = c.id"
          + " LEFT JOIN improvement_action a ON a.id = k.action_id"
          + " LEFT JOIN app_user u ON u.id = k.assignee_id"
          + " WHERE x.id = ?2"
          + " ORDER BY f.sort_order, f.id, c.sort_order, c.id, a.title, k.state_id";

  /**
   * The evidence each state of the assessment shows: its own, or, when it mirrors a parent, that of
   * the parent at the top of the chain (as {@code EvidenceService} shows it). The chain follows
   * parents until a state without one; the service refuses cycles.
   */
  private static final String EVIDENCE =
      "WITH RECURSIVE chain (state_id, owner_id, parent_id) AS ("
          + " SELECT s.id, s.id, s.parent_state_id FROM assessment_action l"
          + " JOIN action_state s ON s.id = l.action_state_id WHERE l.assessment_id = ?1"
          + " UNION ALL"
          + " SELECT chain.state_id, p.id, p.parent_state_id FROM chain"
          + " JOIN action_state p ON p.id = chain.parent_id)"
          + " SELECT chain.state_id, e.id, e.kind, e.name, e.url FROM chain"
          + " JOIN evidence e ON e.action_state_id = chain.owner_id"
          + " WHERE chain.parent_id IS NULL"
          + " ORDER BY chain.state_id, e.created_at, e.id";

  /** What rule 7 says of a control without actions: nothing tested. */
  private static final ControlStatus WITHOUT_ACTIONS =
      ControlStatus.derive(new ControlStatus.ActionTally(0, 0, 0, 0, 0));

  @PersistenceContext private EntityManager em;

  @Inject private StatusQueries statusQueries;

  /** For CDI. */
  public AssessmentReportQueries() {}

  /** For use outside the container. */
  public AssessmentReportQueries(EntityManager em) {
    this.em = em;
    this.statusQueries = new StatusQueries(em);
  }

  /**
   * The assessment's report, read now and labelled {@code asOf}; empty when there is no such
   * assessment.
   */
  public Optional<AssessmentReport> read(long assessmentId, Instant asOf) {
    List<?> found = em.createNativeQuery(ASSESSMENT).setParameter(1, assessmentId).getResultList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Object[] assessment = (Object[]) found.get(0);
    Map<Long, ControlStatus> statuses = statusQueries.controlStatuses(assessmentId);
    Map<Long, List<EvidenceRef>> evidence = evidence(assessmentId);
    List<Line> lines = new ArrayList<>();
    for (Object result :
        em.createNativeQuery(LINES)
            .setParameter(1, assessmentId)
            .setParameter(2, assessmentId)
            .getResultList()) {
      lines.add(line((Object[]) result, statuses, evidence));
    }
    return Optional.of(
        new AssessmentReport(
            assessmentId,
            (String) assessment[1],
            (String) assessment[2],
            (String) assessment[3],
            (String) assessment[4],
            (String) assessment[5],
            (String) assessment[6],
            asOf,
            lines));
  }

  private static Line line(
      Object[] row, Map<Long, ControlStatus> statuses, Map<Long, List<EvidenceRef>> evidence) {
    long controlId = number(row[2]);
    Long stateId = row[6] == null ? null : number(row[6]);
    return new Line(
        (String) row[0],
        (String) row[1],
        controlId,
        (String) row[3],
        Control.sourceIdOf((String) row[4], (String) row[3]),
        (String) row[5],
        statuses.getOrDefault(controlId, WITHOUT_ACTIONS),
        stateId,
        (String) row[7],
        constant(ActionOwner.class, row[8]),
        constant(ImplementationType.class, row[9]),
        row[10] == null ? null : (int) number(row[10]),
        constant(ImplementationStatus.class, row[11]),
        NativeSql.date(row[12]),
        constant(TestStatus.class, row[13]),
        NativeSql.date(row[14]),
        (String) row[15],
        NativeSql.instant(row[16]),
        stateId == null ? List.of() : evidence.getOrDefault(stateId, List.of()));
  }

  /** The evidence each action state of the assessment shows, in the order it was added. */
  private Map<Long, List<EvidenceRef>> evidence(long assessmentId) {
    Map<Long, List<EvidenceRef>> byState = new HashMap<>();
    for (Object result :
        em.createNativeQuery(EVIDENCE).setParameter(1, assessmentId).getResultList()) {
      Object[] row = (Object[]) result;
      byState
          .computeIfAbsent(number(row[0]), state -> new ArrayList<>())
          .add(
              new EvidenceRef(
                  (String) row[3],
                  constant(EvidenceKind.class, row[2]),
                  (String) row[4],
                  number(row[1])));
    }
    return byState;
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  private static <E extends Enum<E>> E constant(Class<E> type, Object value) {
    return value == null ? null : Enum.valueOf(type, value.toString().strip());
  }
}
