package org.complyscore.alert.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.complyscore.action.boundary.PersonRef;
import org.complyscore.alert.boundary.AlertFilter;
import org.complyscore.alert.boundary.AlertRow;
import org.complyscore.alert.boundary.AlertService;
import org.complyscore.alert.boundary.PolicyRef;
import org.complyscore.alert.entity.AlertCondition;
import org.complyscore.alert.entity.AlertSeverity;
import org.complyscore.alert.entity.AlertStatus;
import org.complyscore.shared.entity.BusinessException;
import org.complyscore.shared.view.Texts;

/**
 * The alerts list ({@code /alerts/list}, F32): the open alerts first, filtered by status, severity,
 * policy and assignee; Contributors and up move an alert's triage on and assign it. The link in an
 * alert mail ({@code ?alert=id}) shows that alert above the list; the policies page links to a
 * policy's alerts ({@code ?policy=id}).
 */
@Named
@ViewScoped
public class AlertListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AlertService alertService;

  private AlertFilter filter = AlertFilter.OPEN;
  private AlertRowsModel rows;
  private List<PolicyRef> policies;
  private List<PersonRef> people;
  private AlertRow selected;
  private final Map<Long, Long> assigneeChoice = new HashMap<>();

  // The filter pane's inputs.
  private List<AlertStatus> statuses = new ArrayList<>(AlertFilter.OPEN.statuses());
  private List<AlertSeverity> severities = new ArrayList<>();
  private Long policyId;
  private String assignee;

  @PostConstruct
  void init() {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    Long alertId = number(parameters.get("alert"));
    Long policy = number(parameters.get("policy"));
    if (alertId != null || policy != null) {
      // A link to one alert or one policy's alerts shows them whatever their status.
      statuses = new ArrayList<>();
      policyId = policy;
      filter = new AlertFilter(EnumSet.noneOf(AlertStatus.class), null, policy, null, false);
    }
    if (alertId != null) {
      try {
        selected = alertService.alert(alertId);
        // Below the alert: the other alerts of its policy.
        if (policy == null && selected.policyId() != null) {
          policyId = selected.policyId();
          filter = new AlertFilter(EnumSet.noneOf(AlertStatus.class), null, policyId, null, false);
        }
      } catch (BusinessException gone) {
        Texts.addGlobalText(FacesMessage.SEVERITY_WARN, gone.getMessage());
      }
    }
    policies = alertService.policies();
    people = alertService.people();
    rows = new AlertRowsModel(alertService, () -> filter, this::remember);
  }

  /** The page's view action; creating the bean did the work. */
  public void onLoad() {
    // Nothing more: init read the address.
  }

  /** Applies the filter pane. */
  public void apply() {
    Long assigneeId = null;
    boolean unassigned = false;
    if ("none".equals(assignee)) {
      unassigned = true;
    } else {
      assigneeId = number(assignee);
    }
    filter =
        new AlertFilter(
            EnumSet.copyOf(withAll(statuses, AlertStatus.class)),
            EnumSet.copyOf(withAll(severities, AlertSeverity.class)),
            policyId,
            assigneeId,
            unassigned);
    rows.reset();
  }

  /** Back to the open alerts. */
  public void clear() {
    statuses = new ArrayList<>(AlertFilter.OPEN.statuses());
    severities = new ArrayList<>();
    policyId = null;
    assignee = null;
    filter = AlertFilter.OPEN;
    rows.reset();
  }

  /** Moves an alert's triage on; a refusal is shown, nothing changes. */
  public void changeStatus(AlertRow row, AlertStatus status) {
    if (Texts.attempt(() -> alertService.changeStatus(row.id(), status))) {
      Texts.addGlobal(
          FacesMessage.SEVERITY_INFO,
          "alerts.statusChanged",
          row.policyName(),
          Texts.get("alertStatus." + status.name()));
      refreshSelected(row.id());
    }
    rows.reset();
  }

  /** Assigns an alert to the person chosen in its row, or to nobody. */
  public void assign(AlertRow row) {
    Long chosen = assigneeChoice.get(row.id());
    if (Texts.attempt(() -> alertService.assign(row.id(), chosen))) {
      Texts.addGlobal(FacesMessage.SEVERITY_INFO, "alerts.assigned", row.policyName());
      refreshSelected(row.id());
    }
    rows.reset();
  }

  private void refreshSelected(long id) {
    if (selected != null && selected.id() == id) {
      selected = alertService.alert(id);
      assigneeChoice.put(id, selected.assigneeId());
    }
  }

  /** The rows just read: their assignees are what the assignee menus start from. */
  private void remember(List<AlertRow> loaded) {
    loaded.forEach(row -> assigneeChoice.put(row.id(), row.assigneeId()));
    if (selected != null) {
      assigneeChoice.putIfAbsent(selected.id(), selected.assigneeId());
    }
  }

  /** Whether the row's alert may move to the status (the buttons a Contributor sees). */
  public boolean can(AlertRow row, String status) {
    return row.status().canTransitionTo(AlertStatus.valueOf(status));
  }

  /** A score change says so rather than naming an action. */
  public boolean isScore(AlertRow row) {
    return row.condition() == AlertCondition.SCORE_CHANGE;
  }

  public long getTotal() {
    return rows.total();
  }

  public AlertRowsModel getRows() {
    return rows;
  }

  public AlertRow getSelected() {
    return selected;
  }

  public List<PolicyRef> getPolicies() {
    return policies;
  }

  public List<PersonRef> getPeople() {
    return people;
  }

  public Map<Long, Long> getAssigneeChoice() {
    return assigneeChoice;
  }

  public List<AlertStatus> getStatusValues() {
    return Arrays.asList(AlertStatus.values());
  }

  public List<AlertSeverity> getSeverityValues() {
    return Arrays.asList(AlertSeverity.values());
  }

  public List<AlertStatus> getStatuses() {
    return statuses;
  }

  public void setStatuses(List<AlertStatus> statuses) {
    this.statuses = statuses == null ? new ArrayList<>() : new ArrayList<>(statuses);
  }

  public List<AlertSeverity> getSeverities() {
    return severities;
  }

  public void setSeverities(List<AlertSeverity> severities) {
    this.severities = severities == null ? new ArrayList<>() : new ArrayList<>(severities);
  }

  public Long getPolicyId() {
    return policyId;
  }

  public void setPolicyId(Long policyId) {
    this.policyId = policyId;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  /** An empty choice means any: the filter's empty set. */
  private static <E extends Enum<E>> java.util.Collection<E> withAll(
      List<E> chosen, Class<E> type) {
    return chosen.isEmpty() ? EnumSet.noneOf(type) : chosen;
  }

  private static Long number(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
