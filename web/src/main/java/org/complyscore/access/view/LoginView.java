package org.complyscore.access.view;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.complyscore.access.security.LoginPage;
import org.complyscore.access.security.SignInMarker;
import org.complyscore.access.security.UserIdentityStore;
import org.complyscore.shared.view.Texts;

/**
 * The login page ({@code /login}). Wrong credentials of any kind get one message that does not say
 * which part was wrong; a timed-out session and a sign-out each get a message of their own.
 */
@Named
@RequestScoped
public class LoginView {

  /** Where a sign-in lands when nobody asked for a particular page first. */
  static final String HOME = "/score/overview";

  @Inject private SecurityContext securityContext;
  @Inject private ExternalContext externalContext;

  private String login;
  private String password;
  private boolean signedOut;

  /** Runs before the page renders: explains why the person sees the login page. */
  public void explain() throws IOException {
    HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
    if (securityContext.getCallerPrincipal() != null) {
      externalContext.redirect(externalContext.getRequestContextPath() + HOME);
      return;
    }
    boolean wasSignedIn = SignInMarker.isPresent(request);
    if (signedOut) {
      Texts.addGlobal(FacesMessage.SEVERITY_INFO, "login.signedOut");
    } else if (wasSignedIn) {
      Texts.addGlobal(FacesMessage.SEVERITY_WARN, "login.sessionExpired");
    }
    if (wasSignedIn) {
      SignInMarker.remove(request, (HttpServletResponse) externalContext.getResponse());
    }
  }

  public void signIn() throws IOException {
    HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
    AuthenticationStatus status = signIn(securityContext, externalContext, login, password);
    password = null;
    if (status == AuthenticationStatus.SUCCESS) {
      // Back to the page asked for before signing in, else the overview.
      externalContext.redirect(
          LoginPage.takeDestination(request)
              .orElse(externalContext.getRequestContextPath() + HOME));
    } else if (Boolean.TRUE.equals(request.getAttribute(UserIdentityStore.LOCKED))) {
      Texts.addGlobal(FacesMessage.SEVERITY_ERROR, "login.locked");
    } else {
      Texts.addGlobal(FacesMessage.SEVERITY_ERROR, "login.failed");
    }
  }

  /**
   * Hands credentials to the container, as the login page and the invitation page do. The session
   * id known before signing in is replaced, so that it cannot become the signed-in session
   * (fixation).
   */
  static AuthenticationStatus signIn(
      SecurityContext securityContext,
      ExternalContext externalContext,
      String login,
      String password) {
    HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
    HttpServletResponse response = (HttpServletResponse) externalContext.getResponse();
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            withParams().credential(new UsernamePasswordCredential(login, new Password(password))));
    if (status == null) {
      // Only when the container did not install the authentication mechanism: nobody can sign in.
      throw new IllegalStateException("The form authentication mechanism is not active.");
    }
    return status;
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isSignedOut() {
    return signedOut;
  }

  public void setSignedOut(boolean signedOut) {
    this.signedOut = signedOut;
  }
}
