package org.complyscore.assessment.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
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

  /**
   * @param assessment the new assessment, its states linked and not yet worked on
   * @return how many states were started from the other group's
   */
  public int copyInto(Assessment assessment, long fromGroupId) {
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
      target.startFrom(source);
      copyEvidence(source, target);
      copied++;
    }
    return copied;
  }

  private void copyEvidence(ActionState source, ActionState target) {
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
      } else {
        em.persist(
            Evidence.link(
                target,
                evidence.getName(),
                evidence.getUrl().orElseThrow(),
                evidence.getAddedBy()));
      }
    }
  }
}
