package org.complyscore.assessment.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.complyscore.action.entity.ActionState;
import org.complyscore.action.entity.ImprovementAction;
import org.complyscore.assessment.entity.Assessment;
import org.complyscore.assessment.entity.AssessmentGroup;
import org.complyscore.assessment.entity.Template;
import org.complyscore.monitoring.control.AutomationDefaults;

/**
 * Makes an assessment from a template in a group: links it to one action state per improvement
 * action of the template, reusing the state that already exists in the right scope (the
 * organization's, or the group's) and creating the missing ones.
 */
@Dependent
public class AssessmentFactory {

  /** Actions per lookup query: well inside every database's limit on parameters. */
  private static final int ACTIONS_PER_QUERY = 500;

  @PersistenceContext private EntityManager em;

  @Inject private AutomationDefaults automation;

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
    track(assessment, actionsOf(template));
    return assessment;
  }

  /**
   * Links the assessment to the state of each action in its group's scope, reusing the state that
   * exists and creating the missing ones.
   */
  public void track(Assessment assessment, Collection<ImprovementAction> actions) {
    if (actions.isEmpty()) {
      return;
    }
    long groupId = assessment.getGroup().getId();
    Map<ImprovementAction, ActionState> existing = new HashMap<>();
    List<ImprovementAction> all = List.copyOf(actions);
    for (int from = 0; from < all.size(); from += ACTIONS_PER_QUERY) {
      for (ActionState state :
          em.createQuery(
                  "select s from ActionState s where s.scopeKey in (0, :groupId) and s.action in"
                      + " :actions",
                  ActionState.class)
              .setParameter("groupId", groupId)
              .setParameter(
                  "actions", all.subList(from, Math.min(all.size(), from + ACTIONS_PER_QUERY)))
              .getResultList()) {
        if (state.getGroupId().orElse(0L) == ActionState.scopeKeyFor(state.getAction(), groupId)) {
          existing.put(state.getAction(), state);
        }
      }
    }
    boolean automationOn = automation.settings().isAutomationOn();
    for (ImprovementAction action : all) {
      ActionState state =
          existing.computeIfAbsent(
              action,
              needed -> {
                ActionState created = ActionState.scopedFor(needed, groupId);
                AutomationDefaults.adopt(created, automationOn);
                em.persist(created);
                return created;
              });
      assessment.track(state);
    }
  }

  /** The actions of the template's controls at the given revision, each once. */
  public List<ImprovementAction> actionsOf(Template template, int revision) {
    return em.createQuery(
            "select distinct a from Control c join c.actions a where c.template = :template"
                + " and c.addedIn <= :revision and (c.removedIn is null or c.removedIn > :revision)",
            ImprovementAction.class)
        .setParameter("template", template)
        .setParameter("revision", revision)
        .getResultList();
  }

  private List<ImprovementAction> actionsOf(Template template) {
    return actionsOf(template, template.getRevision());
  }
}
