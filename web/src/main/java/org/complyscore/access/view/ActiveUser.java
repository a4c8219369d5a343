package org.complyscore.access.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.complyscore.access.boundary.Caller;
import org.complyscore.access.boundary.UserService;
import org.complyscore.access.entity.Permission;
import org.complyscore.access.entity.Role;
import org.complyscore.access.security.FormAuthenticationMechanism;
import org.complyscore.access.security.LoginPage;
import org.complyscore.access.security.SignInMarker;

/**
 * The signed-in person, for every page: name, role, what they may do, and signing out. Request
 * scoped, not session scoped: the security mechanism looks the person up on every request, so a
 * role changed by an administrator shows (and applies) on the next click.
 */
@Named
@RequestScoped
public class ActiveUser {

  @Inject private UserService userService;
  @Inject private HttpServletRequest request;

  private Caller caller;

  public Caller getCaller() {
    if (caller == null) {
      caller =
          request.getAttribute(FormAuthenticationMechanism.CALLER) instanceof Caller known
              ? known
              : userService.getCurrentCaller();
    }
    return caller;
  }

  public String getUsername() {
    return getCaller().username();
  }

  public String getDisplayName() {
    return getCaller().displayName();
  }

  /** The key of the role's label in the texts: {@code role.OWNER}. */
  public String getRoleKey() {
    return "role." + getCaller().role().name();
  }

  /** Whether the pages offer what needs this permission ({@link Permission} name). */
  public boolean can(String permission) {
    return getCaller().role().grants(Permission.valueOf(permission));
  }

  /** The roles this person may hand out: an Owner all five, an Administrator the lesser three. */
  public List<Role> getGrantableRoles() {
    boolean owner = can(Permission.Names.GRANT_PRIVILEGED_ROLES);
    return Arrays.stream(Role.values()).filter(role -> owner || !role.isPrivileged()).toList();
  }

  public void signOut() throws ServletException, IOException {
    ExternalContext externalContext = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletResponse response = (HttpServletResponse) externalContext.getResponse();
    request.logout();
    externalContext.invalidateSession();
    SignInMarker.remove(request, response);
    externalContext.redirect(
        externalContext.getRequestContextPath() + LoginPage.PATH + "?signed-out=true");
  }
}
