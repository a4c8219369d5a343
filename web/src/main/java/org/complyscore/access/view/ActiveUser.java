package org.complyscore.access.view;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import org.complyscore.access.boundary.Caller;
import org.complyscore.access.boundary.UserService;
import org.complyscore.access.security.LoginPage;
import org.complyscore.access.security.SignInMarker;

/** The signed-in person, for every page: name, role, and signing out. */
@Named
@SessionScoped
public class ActiveUser implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private UserService userService;
  private Caller caller;

  public Caller getCaller() {
    if (caller == null) {
      caller = userService.getCurrentCaller();
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

  public void signOut() throws ServletException, IOException {
    ExternalContext externalContext = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
    HttpServletResponse response = (HttpServletResponse) externalContext.getResponse();
    request.logout();
    externalContext.invalidateSession();
    SignInMarker.remove(request, response);
    externalContext.redirect(
        externalContext.getRequestContextPath() + LoginPage.PATH + "?signed-out=true");
  }
}
