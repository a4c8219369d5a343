package org.complyscore.access.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import org.complyscore.access.boundary.InvitationOffer;
import org.complyscore.access.boundary.InvitationService;
import org.complyscore.shared.entity.BusinessException;
import org.complyscore.shared.view.Texts;

/**
 * The page an invitation link opens ({@code /invitation?token=…}), open to everyone: the invitee
 * chooses a display name and a password and is signed in with the invited role. A link that does
 * not work shows one explanation, whatever the reason.
 */
@Named
@ViewScoped
public class InvitationAcceptView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private InvitationService invitationService;
  @Inject private transient SecurityContext securityContext;
  @Inject private transient ExternalContext externalContext;

  private String token;
  private InvitationOffer offer;
  private String displayName;
  private String password;
  private String passwordAgain;

  /** Runs before the page renders: is the link still good? */
  public void open() {
    offer = invitationService.open(token).orElse(null);
  }

  public void accept() throws IOException {
    if (!Objects.equals(password, passwordAgain)) {
      Texts.addRefusal(
          new org.complyscore.shared.entity.InvalidInputException(
              "passwordAgain", Texts.get("invitation.passwordsDiffer")),
          Map.of("passwordAgain", "accept-form:password-again"));
      return;
    }
    String username;
    try {
      username = invitationService.accept(token, displayName, password);
    } catch (BusinessException refusal) {
      Texts.addRefusal(
          refusal,
          Map.of("displayName", "accept-form:display-name", "password", "accept-form:password"));
      open();
      return;
    }
    AuthenticationStatus status =
        LoginView.signIn(securityContext, externalContext, username, password);
    password = null;
    passwordAgain = null;
    if (status == AuthenticationStatus.SUCCESS) {
      externalContext.getFlash().setKeepMessages(true);
      Texts.addGlobal(FacesMessage.SEVERITY_INFO, "invitation.welcome", displayName.strip());
      externalContext.redirect(externalContext.getRequestContextPath() + LoginView.HOME);
    } else {
      externalContext.redirect(externalContext.getRequestContextPath() + "/login");
    }
  }

  public boolean isUsable() {
    return offer != null;
  }

  public InvitationOffer getOffer() {
    return offer;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPasswordAgain() {
    return passwordAgain;
  }

  public void setPasswordAgain(String passwordAgain) {
    this.passwordAgain = passwordAgain;
  }
}
