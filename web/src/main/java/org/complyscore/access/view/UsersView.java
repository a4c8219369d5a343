package org.complyscore.access.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.complyscore.access.boundary.UserService;
import org.complyscore.access.boundary.UserSummary;
import org.complyscore.access.entity.Permission;
import org.complyscore.access.entity.Role;
import org.complyscore.shared.view.Texts;

/**
 * Settings › Users ({@code /settings/users}): everybody with role, status and last sign-in; change
 * a role, deactivate or reactivate, and hand one person's improvement actions to another. A row
 * offers only what the signed-in person may do to it; the service refuses the rest anyway.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private UserService userService;
  @Inject private ActiveUser activeUser;

  private List<UserSummary> users;
  private final Map<Long, Role> roleChoice = new HashMap<>();
  private Long reassignFrom;
  private Long reassignTo;

  @PostConstruct
  void load() {
    users = userService.users();
    roleChoice.clear();
    users.forEach(user -> roleChoice.put(user.id(), user.role()));
  }

  public void changeRole(UserSummary user) {
    Role role = roleChoice.get(user.id());
    run(
        () -> {
          userService.changeRole(user.id(), role);
          Texts.addGlobal(
              FacesMessage.SEVERITY_INFO,
              "users.roleChanged",
              user.displayName(),
              Texts.get("role." + role.name()));
        });
  }

  public void deactivate(UserSummary user) {
    run(
        () -> {
          userService.deactivate(user.id());
          Texts.addGlobal(
              FacesMessage.SEVERITY_INFO, "users.deactivatedMessage", user.displayName());
        });
  }

  public void reactivate(UserSummary user) {
    run(
        () -> {
          userService.reactivate(user.id());
          Texts.addGlobal(FacesMessage.SEVERITY_INFO, "users.reactivated", user.displayName());
        });
  }

  public void reassign() {
    if (reassignFrom == null || reassignTo == null) {
      Texts.addGlobal(FacesMessage.SEVERITY_ERROR, "users.reassign.choose");
      return;
    }
    run(
        () -> {
          int moved = userService.reassignActions(reassignFrom, reassignTo);
          Texts.addGlobal(FacesMessage.SEVERITY_INFO, "users.reassign.done", moved);
          reassignFrom = null;
          reassignTo = null;
        });
  }

  private void run(Runnable change) {
    Texts.attempt(change);
    load();
  }

  /** Whether the signed-in person may change this person's account at all. */
  public boolean mayManage(UserSummary user) {
    return !user.role().isPrivileged() || activeUser.can(Permission.Names.GRANT_PRIVILEGED_ROLES);
  }

  public boolean isSelf(UserSummary user) {
    return user.username().equals(activeUser.getUsername());
  }

  public List<UserSummary> getUsers() {
    return users;
  }

  public List<UserSummary> getActiveUsers() {
    return users.stream().filter(UserSummary::active).toList();
  }

  public List<UserSummary> getUsersWithActions() {
    return users.stream().filter(user -> user.assignedActions() > 0).toList();
  }

  public Map<Long, Role> getRoleChoice() {
    return roleChoice;
  }

  public Long getReassignFrom() {
    return reassignFrom;
  }

  public void setReassignFrom(Long reassignFrom) {
    this.reassignFrom = reassignFrom;
  }

  public Long getReassignTo() {
    return reassignTo;
  }

  public void setReassignTo(Long reassignTo) {
    this.reassignTo = reassignTo;
  }
}
