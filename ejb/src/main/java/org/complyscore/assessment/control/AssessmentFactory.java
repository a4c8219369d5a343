package org.complyscore.assessment.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.complyscore.action.entity.ActionState;
import org.complyscore.action.entity.ImprovementAction;
import org.complyscore.assessment.entity.Assessment;
import org.complyscore.assessment.entity.AssessmentGroup;
import org.complyscore.assessment.entity.Template;

/**
 * Makes an assessment from a template in a group: links it to one action state per improvement
 * action of the template, reusing the state that already exists in the right scope (the
 * organization's, or the group's) and creating the missing ones.
 */
@Dependent
public class AssessmentFactory {

  @PersistenceContext private EntityManager em;

  public AssessmentFactory() {}

  public AssessmentFactory(EntityManager em) {
    this.em = em;
  }

  /** The group and template are managed entities; the assessment is persisted with its links. */
  public Assessment create(String name, AssessmentGroup group, Template template) {
    Assessment assessment = new Assessment(name, group, template);
    em.persist(assessment);
    // States refer to their group by id only, so the database must have the group before them;
    // a group made in this transaction may still wait to be written.
    em.flush();
    long groupId = group.getId();
    Map<ImprovementAction, ActionState> existing = new HashMap<>();
    for (ActionState state :
        em.createQuery(
                "select s from ActionState s where s.scopeKey in (0, :groupId) and s.action in"
                    + " (select a from Control c join c.actions a where c.template = :template)",
                ActionState.class)
            .setParameter("groupId", groupId)
            .setParameter("template", template)
            .getResultList()) {
      if (state.getGroupId().orElse(0L) == ActionState.scopeKeyFor(state.getAction(), groupId)) {
        existing.put(state.getAction(), state);
      }
    }
    for (ImprovementAction action : actionsOf(template)) {
      ActionState state =
          existing.computeIfAbsent(
              action,
              needed -> {
                ActionState created = ActionState.scopedFor(needed, groupId);
                em.persist(created);
                return created;
              });
      assessment.track(state);
    }
    return assessment;
  }

  private List<ImprovementAction> actionsOf(Template template) {
    return em.createQuery(
            "select distinct a from Control c join c.actions a where c.template = :template",
            ImprovementAction.class)
        .setParameter("template", template)
        .getResultList();
  }
}
