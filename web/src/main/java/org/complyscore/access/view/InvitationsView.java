package org.complyscore.access.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.complyscore.access.boundary.InvitationService;
import org.complyscore.access.boundary.InvitationSummary;
import org.complyscore.access.entity.Role;
import org.complyscore.shared.entity.BusinessException;
import org.complyscore.shared.view.Texts;

/**
 * Settings › Invitations ({@code /settings/invitations}): invite an e-mail address with a role, and
 * the pending invitations with resend and revoke.
 */
@Named
@ViewScoped
public class InvitationsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private InvitationService invitationService;
  @Inject private ActiveUser activeUser;

  private List<InvitationSummary> pending;
  private String email;
  private Role role = Role.CONTRIBUTOR;

  @PostConstruct
  void load() {
    pending = invitationService.pending();
  }

  public void invite() {
    try {
      InvitationSummary sent = invitationService.invite(email, role);
      Texts.addGlobal(
          FacesMessage.SEVERITY_INFO,
          "invitations.sent",
          sent.email(),
          Texts.get("role." + sent.role().name()));
      email = null;
    } catch (BusinessException refusal) {
      Texts.addRefusal(refusal, Map.of("email", "invite-form:email", "role", "invite-form:role"));
    }
    load();
  }

  public void resend(InvitationSummary invitation) {
    run(
        () -> {
          invitationService.resend(invitation.id());
          Texts.addGlobal(FacesMessage.SEVERITY_INFO, "invitations.resent", invitation.email());
        });
  }

  public void revoke(InvitationSummary invitation) {
    run(
        () -> {
          invitationService.revoke(invitation.id());
          Texts.addGlobal(FacesMessage.SEVERITY_INFO, "invitations.revoked", invitation.email());
        });
  }

  /** A change from a row of the list: a refusal becomes a message; the list shows what is now. */
  private void run(Runnable change) {
    Texts.attempt(change);
    load();
  }

  public List<InvitationSummary> getPending() {
    return pending;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }
}
