package org.complyscore.action.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import org.complyscore.access.control.UserDirectory;
import org.complyscore.access.entity.Permission;
import org.complyscore.access.entity.User;
import org.complyscore.action.control.ActionDetailsQueries;
import org.complyscore.action.control.ActionHistory;
import org.complyscore.action.control.AssignmentMailer;
import org.complyscore.action.entity.ActionChange;
import org.complyscore.action.entity.ActionState;
import org.complyscore.action.entity.ChangeOrigin;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImprovementAction;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.action.entity.TestingSource;
import org.complyscore.shared.control.NativeSql;
import org.complyscore.shared.entity.InvalidInputException;

/**
 * The implementation and testing workflow of improvement actions (F22 to F24, F26, F27). The entity
 * refuses what the product forbids; this records who changed what, passes changes on to mirroring
 * actions, mails assignees, and refuses a change made on top of one the person has not seen. The
 * score follows at once: it is computed from the states.
 */
@Stateless
public class ActionWorkflowService {

  /** The most actions one bulk assignment takes: a page of the list, several times over. */
  public static final int ASSIGN_MAX = 1000;

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext session;

  @Inject private UserDirectory users;

  @Inject private ActionHistory history;

  @Inject private ActionDetailsQueries queries;

  @Inject private AssignmentMailer mailer;

  @RolesAllowed(Permission.Names.VIEW)
  public ActionDetails details(long stateId) {
    ActionState state = get(stateId);
    ImprovementAction action = state.getAction();
    BigDecimal achieved = state.getAchievedPoints().stripTrailingZeros();
    int achievable = state.getAchievablePoints();
    return new ActionDetails(
        state.getId(),
        state.getVersion(),
        action.getId(),
        action.getTitle(),
        action.getDescription().orElse(null),
        action.getHowToImplement().orElse(null),
        action.getPoints(),
        achieved,
        achievable,
        BigDecimal.valueOf(achievable).subtract(achieved).stripTrailingZeros(),
        action.getImplementationType(),
        action.getPurpose(),
        action.getEnforcement(),
        action.getOwner(),
        state.getImplementationStatus(),
        state.getImplementationDate().orElse(null),
        state.getImplementationNotes().orElse(null),
        state.getTestStatus(),
        state.getTestDate().orElse(null),
        state.getTestNotes().orElse(null),
        state.getAdditionalNotes().orElse(null),
        state.getTestingSource(),
        state.getParent().map(queries::reference).orElse(null),
        queries.children(state),
        state.getGroupId().orElse(null),
        queries.groupName(state.getGroupId().orElse(null)),
        state.getAssignee().map(User::getId).orElse(null),
        state.getAssignee().map(User::getDisplayName).orElse(null),
        action.getSolution().map(solution -> solution.getName()).orElse(null),
        action.getSolution().flatMap(solution -> solution.getUrl()).orElse(null),
        action.getCategory().map(category -> category.getName()).orElse(null),
        queries.assessments(stateId),
        queries.controls(state),
        state.isEvidenceLocked(),
        state.getModifiedAt(),
        lastChangedBy(state));
  }

  @RolesAllowed(Permission.Names.EDIT_IMPLEMENTATION)
  public ActionDetails recordImplementation(
      long stateId,
      long expectedVersion,
      ImplementationStatus status,
      LocalDate date,
      String notes) {
    notInFuture("implementationDate", date);
    return change(
        stateId, expectedVersion, state -> state.recordImplementation(status, date, notes));
  }

  @RolesAllowed(Permission.Names.EDIT_TESTING)
  public ActionDetails recordTest(
      long stateId, long expectedVersion, TestStatus status, LocalDate date, String notes) {
    notInFuture("testDate", date);
    return change(stateId, expectedVersion, state -> state.recordTest(status, date, notes));
  }

  @RolesAllowed(Permission.Names.EDIT_IMPLEMENTATION)
  public ActionDetails changeAdditionalNotes(long stateId, long expectedVersion, String notes) {
    return change(stateId, expectedVersion, state -> state.changeAdditionalNotes(notes));
  }

  /** Testing source Parent: the action mirrors another one's implementation, test and evidence. */
  @RolesAllowed(Permission.Names.EDIT_TESTING)
  public ActionDetails followParent(long stateId, long expectedVersion, long parentStateId) {
    ActionState parent = get(parentStateId);
    return change(stateId, expectedVersion, state -> state.followParent(parent));
  }

  /** Testing source Manual: people record the test again; the current values stay. */
  @RolesAllowed(Permission.Names.EDIT_TESTING)
  public ActionDetails testManually(long stateId, long expectedVersion) {
    return change(
        stateId,
        expectedVersion,
        state -> {
          if (state.getTestingSource() != TestingSource.MANUAL) {
            state.testManually();
          }
        });
  }

  /**
   * Assigns actions to a person, or to nobody ({@code assigneeId} null), and mails the new assignee
   * one message with a link to each action they did not have yet (F23).
   *
   * @return how many actions changed hands
   */
  @RolesAllowed(Permission.Names.EDIT_IMPLEMENTATION)
  public int assign(Collection<Long> stateIds, Long assigneeId) {
    if (stateIds.isEmpty()) {
      throw new InvalidInputException("actions", "Choose at least one improvement action.");
    }
    if (stateIds.size() > ASSIGN_MAX) {
      throw new InvalidInputException(
          "actions", "Assign at most " + ASSIGN_MAX + " improvement actions at once.");
    }
    User assignee = assigneeId == null ? null : users.assignable(assigneeId, "actions");
    User person = caller();
    List<ActionState> newlyAssigned = new ArrayList<>();
    for (long stateId : new LinkedHashSet<>(stateIds)) {
      ActionState state = get(stateId);
      if (java.util.Objects.equals(state.getAssignee().orElse(null), assignee)) {
        continue;
      }
      ActionState.Snapshot before = state.snapshot();
      state.assignTo(assignee);
      history.recordByPerson(state, before, person);
      newlyAssigned.add(state);
    }
    if (assignee != null) {
      mailer.send(assignee, person, newlyAssigned);
    }
    return newlyAssigned.size();
  }

  /** Active people whose name, user name or e-mail contains the text; for the assignee picker. */
  @RolesAllowed(Permission.Names.VIEW)
  public List<PersonRef> assignablePeople(String text, int limit) {
    // Native SQL: with ESCAPE, EclipseLink writes even bound JPQL parameters inline, and H2
    // refuses its rendering of a boolean ("ACTIVE = 1").
    NativeSql sql = new NativeSql();
    String pattern = NativeSql.containing(text);
    sql.append("SELECT id, display_name, email FROM app_user WHERE active = ")
        .parameter(Boolean.TRUE)
        .append(" AND (LOWER(display_name) LIKE ")
        .parameter(pattern)
        .append(" ESCAPE '!' OR LOWER(username) LIKE ")
        .parameter(pattern)
        .append(" ESCAPE '!' OR LOWER(email) LIKE ")
        .parameter(pattern)
        .append(" ESCAPE '!') ORDER BY LOWER(display_name), username");
    List<PersonRef> people = new ArrayList<>();
    for (Object result :
        sql.query(em).setMaxResults(Math.max(1, Math.min(limit, 50))).getResultList()) {
      Object[] row = (Object[]) result;
      people.add(
          new PersonRef(
              ((Number) row[0]).longValue(),
              (String) row[1],
              row[2] == null ? "" : (String) row[2]));
    }
    return people;
  }

  /** One active person, for a picker that kept only the id; empty when not assignable. */
  @RolesAllowed(Permission.Names.VIEW)
  public java.util.Optional<PersonRef> assignablePerson(long id) {
    User user = em.find(User.class, id);
    return user == null || !user.isActive()
        ? java.util.Optional.empty()
        : java.util.Optional.of(PersonRef.of(user));
  }

  /**
   * Actions that could be this one's parent: other actions of the organization whose title contains
   * the text. A cycle is refused when one is chosen.
   */
  @RolesAllowed(Permission.Names.VIEW)
  public List<ActionDetails.StateRef> parentCandidates(long stateId, String text, int limit) {
    String pattern = NativeSql.containing(text);
    return em
        .createQuery(
            "select s from ActionState s join fetch s.action a where s.id <> :id"
                + " and a.owner <> org.complyscore.action.entity.ActionOwner.PROVIDER"
                + " and lower(a.title) like :text escape '!' order by a.title, s.id",
            ActionState.class)
        .setParameter("id", stateId)
        .setParameter("text", pattern)
        .setMaxResults(Math.max(1, Math.min(limit, 50)))
        .getResultList()
        .stream()
        .map(queries::reference)
        .toList();
  }

  /** Another action state as a link shows it, for a picker that kept only the id. */
  @RolesAllowed(Permission.Names.VIEW)
  public java.util.Optional<ActionDetails.StateRef> reference(long stateId) {
    return java.util.Optional.ofNullable(em.find(ActionState.class, stateId))
        .map(queries::reference);
  }

  /** Every recorded change, newest first; statuses as constant names. */
  @RolesAllowed(Permission.Names.VIEW)
  public List<HistoryEntry> history(long stateId) {
    return history.of(get(stateId)).stream().map(ActionWorkflowService::entry).toList();
  }

  private static HistoryEntry entry(ActionChange change) {
    return new HistoryEntry(
        change.getChangedAt(),
        change.getChangedByName(),
        change.getOrigin(),
        change.getField(),
        change.getOldValue().orElse(null),
        change.getNewValue().orElse(null));
  }

  /**
   * Runs a person's change on a state they saw at {@code expectedVersion}, records it, and passes
   * it on to the states that mirror this one. A newer version means someone else saved in between:
   * the change is refused, not laid over theirs.
   */
  private ActionDetails change(long stateId, long expectedVersion, Consumer<ActionState> change) {
    ActionState state = get(stateId);
    if (state.getVersion() != expectedVersion) {
      throw new ConcurrentChangeException(lastChangedBy(state));
    }
    User person = caller();
    ActionState.Snapshot before = state.snapshot();
    change.accept(state);
    try {
      history.recordByPerson(state, before, person);
      em.flush();
    } catch (OptimisticLockException e) {
      // Saved by someone else between our read and this write.
      throw new ConcurrentChangeException(null);
    }
    return details(stateId);
  }

  private String lastChangedBy(ActionState state) {
    return em
        .createNamedQuery(ActionChange.LAST_BY_STATE, ActionChange.class)
        .setParameter("state", state)
        .setParameter("origin", ChangeOrigin.PERSON)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst()
        .map(ActionChange::getChangedByName)
        .orElse(null);
  }

  private static void notInFuture(String field, LocalDate date) {
    if (date != null && date.isAfter(LocalDate.now())) {
      throw new InvalidInputException(
          field, "The date " + date + " is in the future; record the date it happened.");
    }
  }

  private ActionState get(long stateId) {
    ActionState state = em.find(ActionState.class, stateId);
    if (state == null) {
      throw new ActionStateNotFoundException(stateId);
    }
    return state;
  }

  private User caller() {
    return users.signedIn(session.getCallerPrincipal());
  }
}
