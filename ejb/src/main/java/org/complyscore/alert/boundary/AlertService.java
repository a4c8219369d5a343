package org.complyscore.alert.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.complyscore.access.control.UserDirectory;
import org.complyscore.access.entity.Permission;
import org.complyscore.access.entity.User;
import org.complyscore.action.boundary.PersonRef;
import org.complyscore.alert.entity.Alert;
import org.complyscore.alert.entity.AlertPolicy;
import org.complyscore.alert.entity.AlertStatus;
import org.complyscore.audit.control.AuditLog;
import org.complyscore.audit.entity.AuditEventType;
import org.complyscore.shared.entity.InvalidInputException;

/**
 * The alerts (F32): every signed-in person sees them; people who work on actions (Contributor and
 * up, EDIT_IMPLEMENTATION) triage them: move their status on and assign them.
 */
@Stateless
@RolesAllowed(Permission.Names.VIEW)
public class AlertService {

  public static final int MAX_PAGE_SIZE = 500;

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext session;

  @Inject private UserDirectory users;

  @Inject private AuditLog auditLog;

  /** A page of the alerts under the filter, the newest match first, and how many match it. */
  public AlertPage alerts(AlertFilter filter, int first, int size) {
    AlertFilter wanted = filter == null ? AlertFilter.ALL : filter;
    Map<String, Object> parameters = new HashMap<>();
    String where = where(wanted, parameters);
    TypedQuery<Long> count = em.createQuery("select count(a) from Alert a" + where, Long.class);
    TypedQuery<Alert> page =
        em.createQuery(
            "select a from Alert a left join fetch a.assignee left join fetch a.policy"
                + where
                + " order by a.lastMatchAt desc, a.id desc",
            Alert.class);
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          page.setParameter(name, value);
        });
    List<AlertRow> rows =
        page.setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE_SIZE)))
            .getResultStream()
            .map(AlertRow::of)
            .toList();
    return new AlertPage(count.getSingleResult(), rows);
  }

  /** The filter as JPQL; values go into {@code parameters}, never into the text. */
  private static String where(AlertFilter filter, Map<String, Object> parameters) {
    List<String> conditions = new ArrayList<>();
    if (!filter.statuses().isEmpty()) {
      conditions.add("a.status in :statuses");
      parameters.put("statuses", List.copyOf(filter.statuses()));
    }
    if (!filter.severities().isEmpty()) {
      conditions.add("a.severity in :severities");
      parameters.put("severities", List.copyOf(filter.severities()));
    }
    if (filter.policyId() != null) {
      conditions.add("a.policy.id = :policy");
      parameters.put("policy", filter.policyId());
    }
    if (filter.assigneeId() != null && filter.unassigned()) {
      conditions.add("(a.assignee.id = :assignee or a.assignee is null)");
      parameters.put("assignee", filter.assigneeId());
    } else if (filter.assigneeId() != null) {
      conditions.add("a.assignee.id = :assignee");
      parameters.put("assignee", filter.assigneeId());
    } else if (filter.unassigned()) {
      conditions.add("a.assignee is null");
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  public AlertRow alert(long id) {
    return AlertRow.of(get(id));
  }

  /**
   * Moves an alert's triage on: Investigating, Resolved, Dismissed, or Active again.
   *
   * @throws org.complyscore.alert.entity.IllegalAlertStatusChangeException when the alert's status
   *     does not allow the step; nothing changes
   */
  @RolesAllowed(Permission.Names.EDIT_IMPLEMENTATION)
  public AlertRow changeStatus(long id, AlertStatus status) {
    if (status == null) {
      throw new InvalidInputException(
          "status", "Give the status: ACTIVE, INVESTIGATING, RESOLVED or DISMISSED.");
    }
    Alert alert = get(id);
    AlertStatus before = alert.getStatus();
    User person = caller();
    if (alert.changeStatus(status, person.getDisplayName(), now())) {
      auditLog.record(
          AuditEventType.ALERT_STATUS_CHANGED,
          person.getUsername(),
          subject(alert),
          before + " → " + status + ".");
    }
    em.flush();
    return AlertRow.of(alert);
  }

  /** Gives an alert to an active person to look into, or to nobody ({@code assigneeId} null). */
  @RolesAllowed(Permission.Names.EDIT_IMPLEMENTATION)
  public AlertRow assign(long id, Long assigneeId) {
    Alert alert = get(id);
    User assignee = assigneeId == null ? null : users.assignable(assigneeId, "alerts");
    if (!java.util.Objects.equals(alert.getAssignee().orElse(null), assignee)) {
      alert.assignTo(assignee);
      auditLog.record(
          AuditEventType.ALERT_ASSIGNED,
          caller().getUsername(),
          subject(alert),
          assignee == null ? "Assigned to nobody." : "Assigned to " + assignee.getUsername() + ".");
    }
    em.flush();
    return AlertRow.of(alert);
  }

  /** The policies that have alerts, for the list's filter, by name. */
  public List<PolicyRef> policies() {
    return em.createNamedQuery(AlertPolicy.FIND_ALL, AlertPolicy.class).getResultList().stream()
        .map(policy -> new PolicyRef(policy.getId(), policy.getName()))
        .toList();
  }

  /** The active people an alert can be assigned to, by name. */
  public List<PersonRef> people() {
    return users.activePeople().stream().map(PersonRef::of).toList();
  }

  /** How many alerts are Active: what still needs someone to look. */
  public long activeCount() {
    return em.createQuery(
            "select count(a) from Alert a where a.status ="
                + " org.complyscore.alert.entity.AlertStatus.ACTIVE",
            Long.class)
        .getSingleResult();
  }

  private Alert get(long id) {
    Alert alert = em.find(Alert.class, id);
    if (alert == null) {
      throw new AlertNotFoundException(id);
    }
    return alert;
  }

  private static String subject(Alert alert) {
    return "Alert " + alert.getId() + " (" + alert.getPolicyName() + ")";
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  private User caller() {
    return users.signedIn(session.getCallerPrincipal());
  }
}
