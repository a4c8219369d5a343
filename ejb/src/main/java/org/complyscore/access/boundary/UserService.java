package org.complyscore.access.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.complyscore.access.control.UserDirectory;
import org.complyscore.access.entity.Permission;
import org.complyscore.access.entity.Role;
import org.complyscore.access.entity.User;
import org.complyscore.action.entity.ActionState;
import org.complyscore.audit.control.AuditLog;
import org.complyscore.audit.entity.AuditEventType;
import org.complyscore.shared.entity.InvalidInputException;
import org.complyscore.shared.entity.NotPermittedException;

/**
 * People and their roles (F02, F04). Administrators manage Readers, Contributors and Assessors;
 * only an Owner grants or takes away the Administrator and Owner roles. ComplyScore always keeps
 * one active Owner at least.
 */
@Stateless
@DeclareRoles(Permission.Names.GRANT_PRIVILEGED_ROLES) // checked in code: isCallerInRole
public class UserService {

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext session;

  @Inject private UserDirectory users;

  @Inject private AuditLog auditLog;

  /**
   * The signed-in caller, as the pages show them.
   *
   * @throws NoPersonSignedInException for a machine with an API token: it has no user
   */
  @RolesAllowed(Permission.Names.VIEW)
  public Caller getCurrentCaller() {
    String username = callerName();
    return users
        .findByUsername(username)
        .map(Caller::of)
        .orElseThrow(NoPersonSignedInException::new);
  }

  /** Everybody, active first, by name, with the number of improvement actions each holds. */
  @RolesAllowed(Permission.Names.MANAGE_USERS)
  public List<UserSummary> users() {
    Map<Long, Long> assigned = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery(ActionState.COUNT_BY_ASSIGNEE, Object[].class).getResultList()) {
      assigned.put((Long) row[0], (Long) row[1]);
    }
    return em.createNamedQuery(User.FIND_ALL, User.class)
        .getResultStream()
        .map(user -> UserSummary.of(user, assigned.getOrDefault(user.getId(), 0L)))
        .toList();
  }

  @RolesAllowed(Permission.Names.MANAGE_USERS)
  public UserSummary changeRole(long userId, Role newRole) {
    if (newRole == null) {
      throw new InvalidInputException("role", "Choose a role.");
    }
    User user = get(userId);
    if (user.getRole() == newRole) {
      return summary(user);
    }
    requireMayManage(user, newRole);
    if (newRole != Role.OWNER) {
      requireAnotherActiveOwner(user);
    }
    Role before = user.getRole();
    user.changeRole(newRole);
    auditLog.record(
        AuditEventType.ROLE_CHANGED,
        callerName(),
        user.getUsername(),
        before.name().toLowerCase() + " → " + newRole.name().toLowerCase());
    return summary(user);
  }

  /** The person can no longer sign in; their open sessions end with their next click. */
  @RolesAllowed(Permission.Names.MANAGE_USERS)
  public UserSummary deactivate(long userId) {
    User user = get(userId);
    if (!user.isActive()) {
      return summary(user);
    }
    if (user.getUsername().equals(callerName())) {
      throw new NotPermittedException(
          "You cannot deactivate your own account: ask another administrator.");
    }
    requireMayManage(user, user.getRole());
    requireAnotherActiveOwner(user);
    user.deactivate();
    auditLog.record(AuditEventType.USER_DEACTIVATED, callerName(), user.getUsername(), null);
    return summary(user);
  }

  @RolesAllowed(Permission.Names.MANAGE_USERS)
  public UserSummary reactivate(long userId) {
    User user = get(userId);
    if (user.isActive()) {
      return summary(user);
    }
    requireMayManage(user, user.getRole());
    user.reactivate();
    auditLog.record(AuditEventType.USER_REACTIVATED, callerName(), user.getUsername(), null);
    return summary(user);
  }

  /**
   * Gives every improvement action assigned to one person to another (someone leaves, F04). Returns
   * how many action states changed hands.
   */
  @RolesAllowed(Permission.Names.MANAGE_USERS)
  public int reassignActions(long fromUserId, long toUserId) {
    if (fromUserId == toUserId) {
      throw new InvalidInputException("to", "Choose another person to give the actions to.");
    }
    User from = get(fromUserId);
    User to = get(toUserId);
    if (!to.isActive()) {
      throw new InvalidInputException(
          "to", to.getDisplayName() + " is deactivated: give the actions to an active person.");
    }
    int moved =
        em.createNamedQuery(ActionState.REASSIGN)
            .setParameter("from", from)
            .setParameter("to", to)
            .executeUpdate();
    auditLog.record(
        AuditEventType.ACTIONS_REASSIGNED,
        callerName(),
        from.getUsername(),
        moved + " improvement actions to " + to.getUsername());
    return moved;
  }

  /**
   * Administrators manage the three lesser roles; Administrators and Owners, and granting those
   * roles, are for Owners.
   */
  private void requireMayManage(User user, Role newRole) {
    boolean privileged = user.getRole().isPrivileged() || newRole.isPrivileged();
    if (privileged && !session.isCallerInRole(Permission.Names.GRANT_PRIVILEGED_ROLES)) {
      throw new NotPermittedException(
          "Only an Owner can grant the Administrator or Owner role, or change an Administrator's or"
              + " Owner's account.");
    }
  }

  /**
   * Refuses to take the last active Owner away. The active Owners are locked, so that two Owners
   * demoting each other at the same moment cannot both succeed.
   */
  private void requireAnotherActiveOwner(User user) {
    if (!user.isActiveOwner()) {
      return;
    }
    List<User> owners =
        em.createNamedQuery(User.FIND_ACTIVE_OWNERS, User.class)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (owners.stream().allMatch(owner -> owner.getId().equals(user.getId()))) {
      throw new LastOwnerException(user.getDisplayName());
    }
  }

  private User get(long userId) {
    User user = em.find(User.class, userId);
    if (user == null) {
      throw new UserNotFoundException(userId);
    }
    return user;
  }

  private UserSummary summary(User user) {
    long assigned =
        em.createNamedQuery(ActionState.COUNT_ASSIGNED_TO, Long.class)
            .setParameter("assignee", user)
            .getSingleResult();
    return UserSummary.of(user, assigned);
  }

  private String callerName() {
    return session.getCallerPrincipal().getName();
  }
}
