package org.complyscore.action.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.complyscore.action.boundary.ActionDetails.LinkedAssessment;
import org.complyscore.action.boundary.ActionDetails.RelatedControl;
import org.complyscore.action.boundary.ActionDetails.StateRef;
import org.complyscore.action.entity.ActionState;

/**
 * What the details page shows around one action state: the assessments that use it, the controls it
 * helps to meet there, the states that mirror it, and the name of its group. The assessment
 * component builds on actions, not the other way round, so these are read with SQL over its tables.
 */
@Dependent
public class ActionDetailsQueries {

  @PersistenceContext private EntityManager em;

  /** For CDI. */
  public ActionDetailsQueries() {}

  /** For use outside the container: the benchmark. */
  public ActionDetailsQueries(EntityManager em) {
    this.em = em;
  }

  public List<LinkedAssessment> assessments(long stateId) {
    List<LinkedAssessment> assessments = new ArrayList<>();
    for (Object result :
        em.createNativeQuery(
                "SELECT x.id, x.name, g.name, t.regulation FROM assessment_action l"
                    + " JOIN assessment x ON x.id = l.assessment_id"
                    + " JOIN assessment_group g ON g.id = x.group_id"
                    + " JOIN template t ON t.id = x.template_id"
                    + " WHERE l.action_state_id = ?1 ORDER BY g.name, x.name")
            .setParameter(1, stateId)
            .getResultList()) {
      Object[] row = (Object[]) result;
      assessments.add(
          new LinkedAssessment(
              ((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3]));
    }
    return assessments;
  }

  /** The controls of the state's assessments that the action helps to meet. */
  public List<RelatedControl> controls(ActionState state) {
    List<RelatedControl> controls = new ArrayList<>();
    for (Object result :
        em.createNativeQuery(
                "SELECT ct.control_key, ct.title, f.title, t.regulation, x.id, x.name, g.name"
                    + " FROM assessment_action l JOIN assessment x ON x.id = l.assessment_id"
                    + " JOIN assessment_group g ON g.id = x.group_id"
                    + " JOIN template t ON t.id = x.template_id"
                    + " JOIN control ct ON ct.template_id = x.template_id"
                    + " JOIN control_action ca ON ca.control_id = ct.id AND ca.action_id = ?2"
                    + " JOIN control_family f ON f.id = ct.family_id"
                    + " WHERE l.action_state_id = ?1"
                    + " ORDER BY g.name, x.name, f.sort_order, ct.sort_order")
            .setParameter(1, state.getId())
            .setParameter(2, state.getAction().getId())
            .getResultList()) {
      Object[] row = (Object[]) result;
      controls.add(
          new RelatedControl(
              (String) row[0],
              (String) row[1],
              (String) row[2],
              (String) row[3],
              ((Number) row[4]).longValue(),
              (String) row[5],
              (String) row[6]));
    }
    return controls;
  }

  /** The name of a group, or {@code null} for none. */
  public String groupName(Long groupId) {
    if (groupId == null) {
      return null;
    }
    List<?> names =
        em.createNativeQuery("SELECT name FROM assessment_group WHERE id = ?1")
            .setParameter(1, groupId)
            .getResultList();
    return names.isEmpty() ? null : (String) names.get(0);
  }

  public StateRef reference(ActionState state) {
    return new StateRef(
        state.getId(), state.getAction().getTitle(), groupName(state.getGroupId().orElse(null)));
  }

  public List<StateRef> children(ActionState state) {
    return em
        .createNamedQuery(ActionState.FIND_CHILDREN, ActionState.class)
        .setParameter("parent", state)
        .getResultList()
        .stream()
        .map(this::reference)
        .toList();
  }
}
