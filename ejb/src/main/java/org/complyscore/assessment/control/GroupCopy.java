package org.complyscore.assessment.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import org.complyscore.access.entity.User;
import org.complyscore.action.control.ActionHistory;
import org.complyscore.action.entity.ActionState;
import org.complyscore.action.entity.Evidence;
import org.complyscore.action.entity.ImprovementAction;
import org.complyscore.assessment.entity.Assessment;

/**
 * Starts a new group's own action states from another group's (F42): the implementation and testing
 * details, and a copy of every evidence file and link. The organization-wide states are shared
 * anyway and need no copy.
 */
@Dependent
public class GroupCopy {

  @PersistenceContext private EntityManager em;

  @Inject private ActionHistory history;

  /**
   * @param assessment the new assessment, its states linked and not yet worked on
   * @return how many states were started from the other group's
   */
  public int copyInto(Assessment assessment, long fromGroupId, User person) {
    long groupId = assessment.getGroup().getId();
    Map<ImprovementAction, ActionState> targets = new HashMap<>();
    for (ActionState state : assessment.getActionStates()) {
      if (state.getGroupId().orElse(0L) == groupId) {
        targets.put(state.getAction(), state);
      }
    }
    if (targets.isEmpty()) {
      return 0;
    }
    int copied = 0;
    for (ActionState source :
        em.createQuery("select s from ActionState s where s.scopeKey = :from", ActionState.class)
            .setParameter("from", fromGroupId)
            .getResultList()) {
      ActionState target = targets.get(source.getAction());
      if (target == null) {
        continue;
      }
      ActionState.Snapshot before = target.snapshot();
      target.startFrom(source);
      history.recordByPerson(target, before, person);
      copyEvidence(source, target, person);
      copied++;
    }
    return copied;
  }

  private void copyEvidence(ActionState source, ActionState target, User person) {
    for (Evidence evidence :
        em.createNamedQuery(Evidence.FIND_BY_STATE, Evidence.class)
            .setParameter("state", source)
            .getResultList()) {
      if (evidence.isFile()) {
        Evidence copy =
            Evidence.file(
                target,
                evidence.getName(),
                evidence.getContentType().orElseThrow(),
                evidence.getSizeBytes().orElseThrow(),
                evidence.getSha256().orElseThrow(),
                evidence.getAddedBy());
        em.persist(copy);
        em.flush();
        // The bytes go from row to row inside the database, never through the server's memory.
        em.createNativeQuery(
                "INSERT INTO evidence_content (evidence_id, content)"
                    + " SELECT ?1, content FROM evidence_content WHERE evidence_id = ?2")
            .setParameter(1, copy.getId())
            .setParameter(2, evidence.getId())
            .executeUpdate();
        history.recordEvidence(target, person, null, copy.getName());
      } else {
        em.persist(
            Evidence.link(
                target,
                evidence.getName(),
                evidence.getUrl().orElseThrow(),
                evidence.getAddedBy()));
        history.recordEvidence(target, person, null, evidence.getName());
      }
    }
  }
}
