package org.complyscore.monitoring.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.complyscore.access.view.ActiveUser;
import org.complyscore.monitoring.boundary.ApiTokenService;
import org.complyscore.monitoring.boundary.AutomationService;
import org.complyscore.monitoring.boundary.IssuedToken;
import org.complyscore.monitoring.boundary.MonitoringStatus;
import org.complyscore.monitoring.boundary.TokenRow;
import org.complyscore.monitoring.entity.TokenScope;
import org.complyscore.shared.entity.BusinessException;
import org.complyscore.shared.view.Texts;

/**
 * Settings › Monitoring ({@code /settings/monitoring}): API tokens (create, with the secret shown
 * once; revoke) for Administrators, and the Owner's switch of automated testing for all actions.
 */
@Named
@ViewScoped
public class MonitoringSettingsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ApiTokenService tokens;

  @Inject private AutomationService automation;

  @Inject private ActiveUser activeUser;

  private List<TokenRow> rows;
  private MonitoringStatus status;

  // Form inputs.
  private String name;
  private List<String> scopes = List.of(TokenScope.SIGNALS_WRITE.key());
  private LocalDate expiresOn = LocalDate.now(ZoneOffset.UTC).plusYears(1);

  /** The token just made, shown once; cleared by the next action on the page. */
  private IssuedToken issued;

  @PostConstruct
  void load() {
    rows = tokens.list();
    status = automation.status();
  }

  public void create() {
    issued = null;
    try {
      Set<String> chosen = new LinkedHashSet<>(scopes == null ? List.of() : scopes);
      issued =
          tokens.create(
              name,
              chosen,
              expiresOn == null ? null : expiresOn.atStartOfDay(ZoneOffset.UTC).toInstant());
      name = null;
    } catch (BusinessException refusal) {
      Texts.addRefusal(
          refusal,
          Map.of(
              "name", "token-form:token-name",
              "scopes", "token-form:token-scopes",
              "expiresAt", "token-form:token-expires"));
    }
    load();
  }

  public void revoke(TokenRow token) {
    issued = null;
    if (Texts.attempt(() -> tokens.revoke(token.id()))) {
      Texts.addGlobal(FacesMessage.SEVERITY_INFO, "monitoring.token.revoked", token.name());
    }
    load();
  }

  public void switchAll(boolean on) {
    issued = null;
    int[] switched = new int[1];
    if (Texts.attempt(() -> switched[0] = automation.switchAll(on))) {
      Texts.addGlobal(
          FacesMessage.SEVERITY_INFO,
          "monitoring.automation.switched",
          on ? "on" : "off",
          switched[0]);
    }
    load();
  }

  public List<String> getScopeChoices() {
    return List.of(TokenScope.SIGNALS_WRITE.key(), TokenScope.READ.key());
  }

  public boolean isOwner() {
    return activeUser.can("SWITCH_AUTOMATION_FOR_ALL");
  }

  public List<TokenRow> getRows() {
    return rows;
  }

  public MonitoringStatus getStatus() {
    return status;
  }

  public IssuedToken getIssued() {
    return issued;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getScopes() {
    return scopes;
  }

  public void setScopes(List<String> scopes) {
    this.scopes = scopes;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }
}
