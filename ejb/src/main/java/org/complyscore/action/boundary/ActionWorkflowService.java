package org.complyscore.action.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.complyscore.access.entity.Permission;
import org.complyscore.action.entity.ActionState;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.TestStatus;

/**
 * The implementation and testing workflow of improvement actions. The entity refuses what the
 * product forbids; the score follows at once, since it is computed from the states.
 */
@Stateless
public class ActionWorkflowService {

  @PersistenceContext private EntityManager em;

  @RolesAllowed(Permission.Names.EDIT_IMPLEMENTATION)
  public ActionState recordImplementation(
      long stateId, ImplementationStatus status, LocalDate date, String notes) {
    ActionState state = get(stateId);
    state.recordImplementation(status, date, notes);
    return state;
  }

  @RolesAllowed(Permission.Names.EDIT_TESTING)
  public ActionState recordTest(long stateId, TestStatus status, LocalDate date, String notes) {
    ActionState state = get(stateId);
    state.recordTest(status, date, notes);
    return state;
  }

  private ActionState get(long stateId) {
    ActionState state = em.find(ActionState.class, stateId);
    if (state == null) {
      throw new ActionStateNotFoundException(stateId);
    }
    return state;
  }
}
