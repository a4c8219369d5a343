package org.complyscore.alert.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.complyscore.action.boundary.PersonRef;
import org.complyscore.action.control.Labels;
import org.complyscore.alert.boundary.AlertPolicyInput;
import org.complyscore.alert.boundary.AlertPolicyRow;
import org.complyscore.alert.boundary.AlertPolicyService;
import org.complyscore.alert.entity.AlertCondition;
import org.complyscore.alert.entity.AlertFrequency;
import org.complyscore.alert.entity.AlertSeverity;
import org.complyscore.alert.entity.ScoreDirection;
import org.complyscore.shared.entity.BusinessException;
import org.complyscore.shared.view.Texts;
import org.primefaces.PrimeFaces;

/**
 * Settings › Alert policies ({@code /settings/alert-policies}, F32): the policies with what they
 * watch, how often they alert and whom; Administrators create, edit, switch off and on, and delete
 * them. The dialog's fields show only what the chosen condition and frequency use.
 */
@Named
@ViewScoped
public class AlertPoliciesView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The service's field names and the dialog's inputs, for messages next to the right one. */
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("name", "policy-form:name"),
          Map.entry("condition", "policy-form:condition"),
          Map.entry("severity", "policy-form:severity"),
          Map.entry("frequency", "policy-form:frequency"),
          Map.entry("thresholdMatches", "policy-form:threshold-matches"),
          Map.entry("windowMinutes", "policy-form:window-minutes"),
          Map.entry("statuses", "policy-form:statuses"),
          Map.entry("scoreThreshold", "policy-form:score-threshold"),
          Map.entry("scoreDirection", "policy-form:score-direction"),
          Map.entry("recipients", "policy-form:recipient-users"),
          Map.entry("recipientUserIds", "policy-form:recipient-users"),
          Map.entry("recipientEmails", "policy-form:recipient-emails"));

  @Inject private AlertPolicyService policyService;

  private List<AlertPolicyRow> policies;
  private List<PersonRef> people;

  // The dialog.
  private Long editedId;
  private long editedVersion;
  private String name;
  private AlertCondition condition = AlertCondition.TEST_STATUS_CHANGE;
  private AlertSeverity severity = AlertSeverity.MEDIUM;
  private AlertFrequency frequency = AlertFrequency.EVERY_MATCH;
  private Integer thresholdMatches;
  private Integer windowMinutes;
  private List<String> statuses = new ArrayList<>();
  private BigDecimal scoreThreshold;
  private ScoreDirection scoreDirection = ScoreDirection.DROP;
  private List<Long> recipientUserIds = new ArrayList<>();
  private String recipientEmails;
  private boolean enabled = true;

  @PostConstruct
  void load() {
    policies = policyService.policies();
    people = policyService.people();
  }

  /** Opens the dialog on a new policy. */
  public void startNew() {
    editedId = null;
    editedVersion = 0;
    name = null;
    condition = AlertCondition.TEST_STATUS_CHANGE;
    severity = AlertSeverity.MEDIUM;
    frequency = AlertFrequency.EVERY_MATCH;
    thresholdMatches = 5;
    windowMinutes = 60;
    statuses = new ArrayList<>();
    scoreThreshold = new BigDecimal("5");
    scoreDirection = ScoreDirection.DROP;
    recipientUserIds = new ArrayList<>();
    recipientEmails = null;
    enabled = true;
  }

  /** Opens the dialog on a policy. */
  public void edit(AlertPolicyRow policy) {
    editedId = policy.id();
    editedVersion = policy.version();
    name = policy.name();
    condition = policy.condition();
    severity = policy.severity();
    frequency = policy.frequency();
    thresholdMatches = policy.thresholdMatches() == null ? 5 : policy.thresholdMatches();
    windowMinutes = policy.windowMinutes() == null ? 60 : policy.windowMinutes();
    statuses = new ArrayList<>(policy.statuses());
    scoreThreshold =
        policy.scoreThreshold() == null ? new BigDecimal("5") : policy.scoreThreshold();
    scoreDirection =
        policy.scoreDirection() == null ? ScoreDirection.DROP : policy.scoreDirection();
    recipientUserIds =
        new ArrayList<>(policy.recipientUsers().stream().map(PersonRef::id).toList());
    recipientEmails = String.join("\n", policy.recipientEmails());
    enabled = policy.enabled();
  }

  /** The condition changed: statuses of another condition mean nothing. */
  public void conditionChanged() {
    statuses = new ArrayList<>();
  }

  /**
   * Saves the dialog; a refusal is shown next to the field it names and the dialog stays open. Only
   * the fields the condition and frequency use are sent.
   */
  public void save() {
    AlertPolicyInput input =
        new AlertPolicyInput(
            name,
            condition,
            severity,
            frequency,
            isThreshold() ? thresholdMatches : null,
            isThreshold() ? windowMinutes : null,
            condition != null && condition.narrowsByStatus() ? statuses : List.of(),
            isScore() ? scoreThreshold : null,
            isScore() ? scoreDirection : null,
            recipientUserIds,
            emails(recipientEmails),
            enabled);
    AlertPolicyRow saved;
    try {
      saved =
          editedId == null
              ? policyService.create(input)
              : policyService.update(editedId, editedVersion, input);
    } catch (BusinessException refusal) {
      Texts.addRefusal(refusal, FIELDS);
      return;
    }
    Texts.addGlobal(FacesMessage.SEVERITY_INFO, "alertPolicies.saved", saved.name());
    PrimeFaces.current().executeScript("PF('policyDialog').hide()");
    load();
  }

  public void switchOn(AlertPolicyRow policy, boolean on) {
    if (Texts.attempt(() -> policyService.enable(policy.id(), on))) {
      Texts.addGlobal(
          FacesMessage.SEVERITY_INFO,
          on ? "alertPolicies.switchedOn" : "alertPolicies.switchedOff",
          policy.name());
    }
    load();
  }

  public void delete(AlertPolicyRow policy) {
    if (Texts.attempt(() -> policyService.delete(policy.id()))) {
      Texts.addGlobal(FacesMessage.SEVERITY_INFO, "alertPolicies.deleted", policy.name());
    }
    load();
  }

  /** Addresses typed one a line, or separated by commas, semicolons or blanks. */
  static List<String> emails(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split("[\\s,;]+")).filter(part -> !part.isBlank()).toList();
  }

  /** The status a policy narrows to, in words. */
  public String statusLabel(AlertCondition policyCondition, String status) {
    return Labels.ofValue(
        policyCondition == AlertCondition.TEST_STATUS_CHANGE
            ? "testStatus"
            : "implementationStatus",
        status);
  }

  public boolean isThreshold() {
    return frequency == AlertFrequency.THRESHOLD;
  }

  public boolean isScore() {
    return condition == AlertCondition.SCORE_CHANGE;
  }

  public boolean isNarrowsByStatus() {
    return condition != null && condition.narrowsByStatus();
  }

  public boolean isEditing() {
    return editedId != null;
  }

  public List<String> getStatusChoices() {
    return condition == null ? List.of() : condition.statusChoices();
  }

  public List<AlertPolicyRow> getPolicies() {
    return policies;
  }

  public List<PersonRef> getPeople() {
    return people;
  }

  public List<AlertCondition> getConditionValues() {
    return Arrays.asList(AlertCondition.values());
  }

  public List<AlertSeverity> getSeverityValues() {
    return Arrays.asList(AlertSeverity.values());
  }

  public List<AlertFrequency> getFrequencyValues() {
    return Arrays.asList(AlertFrequency.values());
  }

  public List<ScoreDirection> getDirectionValues() {
    return Arrays.asList(ScoreDirection.values());
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public AlertCondition getCondition() {
    return condition;
  }

  public void setCondition(AlertCondition condition) {
    this.condition = condition;
  }

  public AlertSeverity getSeverity() {
    return severity;
  }

  public void setSeverity(AlertSeverity severity) {
    this.severity = severity;
  }

  public AlertFrequency getFrequency() {
    return frequency;
  }

  public void setFrequency(AlertFrequency frequency) {
    this.frequency = frequency;
  }

  public Integer getThresholdMatches() {
    return thresholdMatches;
  }

  public void setThresholdMatches(Integer thresholdMatches) {
    this.thresholdMatches = thresholdMatches;
  }

  public Integer getWindowMinutes() {
    return windowMinutes;
  }

  public void setWindowMinutes(Integer windowMinutes) {
    this.windowMinutes = windowMinutes;
  }

  public List<String> getStatuses() {
    return statuses;
  }

  public void setStatuses(List<String> statuses) {
    this.statuses = statuses == null ? new ArrayList<>() : new ArrayList<>(statuses);
  }

  public BigDecimal getScoreThreshold() {
    return scoreThreshold;
  }

  public void setScoreThreshold(BigDecimal scoreThreshold) {
    this.scoreThreshold = scoreThreshold;
  }

  public ScoreDirection getScoreDirection() {
    return scoreDirection;
  }

  public void setScoreDirection(ScoreDirection scoreDirection) {
    this.scoreDirection = scoreDirection;
  }

  public List<Long> getRecipientUserIds() {
    return recipientUserIds;
  }

  public void setRecipientUserIds(List<Long> recipientUserIds) {
    this.recipientUserIds =
        recipientUserIds == null ? new ArrayList<>() : new ArrayList<>(recipientUserIds);
  }

  public String getRecipientEmails() {
    return recipientEmails;
  }

  public void setRecipientEmails(String recipientEmails) {
    this.recipientEmails = recipientEmails;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
