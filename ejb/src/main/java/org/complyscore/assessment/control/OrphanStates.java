package org.complyscore.assessment.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.complyscore.shared.control.NativeSql;

/**
 * Removes action states no assessment links any more (after a deletion or an accepted update), with
 * their evidence and history: a state is the work of one scope for the assessments that need it,
 * and none does. A state that followed one of them as its parent is tested manually from now on,
 * keeping the values it had.
 */
@Dependent
public class OrphanStates {

  @PersistenceContext private EntityManager em;

  public OrphanStates() {}

  public OrphanStates(EntityManager em) {
    this.em = em;
  }

  /**
   * @param candidates states that were just unlinked; those still linked elsewhere stay
   * @return how many states were removed
   */
  public int remove(Collection<Long> candidates) {
    if (candidates.isEmpty()) {
      return 0;
    }
    em.flush();
    NativeSql unlinked = new NativeSql();
    unlinked.append("SELECT s.id FROM action_state s WHERE 1 = 1");
    unlinked.in("s.id", candidates);
    unlinked.append(
        " AND NOT EXISTS (SELECT 1 FROM assessment_action l WHERE l.action_state_id = s.id)");
    List<Long> orphans = new ArrayList<>();
    for (Object id : unlinked.query(em).getResultList()) {
      orphans.add(((Number) id).longValue());
    }
    if (orphans.isEmpty()) {
      return 0;
    }
    execute(
        "UPDATE action_state SET testing_source = 'MANUAL', parent_state_id = NULL WHERE 1 = 1",
        "parent_state_id",
        orphans,
        "");
    execute("DELETE FROM action_change WHERE 1 = 1", "action_state_id", orphans, "");
    execute(
        "DELETE FROM evidence_content WHERE evidence_id IN (SELECT e.id FROM evidence e WHERE 1 = 1",
        "e.action_state_id",
        orphans,
        ")");
    execute("DELETE FROM evidence WHERE 1 = 1", "action_state_id", orphans, "");
    execute("DELETE FROM action_state WHERE 1 = 1", "id", orphans, "");
    return orphans.size();
  }

  private void execute(String statement, String column, List<Long> ids, String closing) {
    NativeSql sql = new NativeSql();
    sql.append(statement);
    sql.in(column, ids);
    sql.append(closing);
    sql.query(em).executeUpdate();
  }
}
