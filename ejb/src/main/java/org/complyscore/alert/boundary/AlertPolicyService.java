package org.complyscore.alert.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.complyscore.access.control.UserDirectory;
import org.complyscore.access.entity.Permission;
import org.complyscore.access.entity.User;
import org.complyscore.action.boundary.PersonRef;
import org.complyscore.alert.control.ScoreReading;
import org.complyscore.alert.entity.Alert;
import org.complyscore.alert.entity.AlertMatch;
import org.complyscore.alert.entity.AlertPolicy;
import org.complyscore.alert.entity.AlertPolicy.Definition;
import org.complyscore.audit.control.AuditLog;
import org.complyscore.audit.entity.AuditEventType;
import org.complyscore.shared.entity.InvalidInputException;

/**
 * Alert policies for Administrators (F32): list, define, switch off and on, delete. Who may keep
 * them is who keeps the automation settings (MANAGE_AUTOMATION). Every change is audited.
 */
@Stateless
@RolesAllowed(Permission.Names.MANAGE_AUTOMATION)
public class AlertPolicyService {

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext session;

  @Inject private AuditLog auditLog;

  @Inject private UserDirectory users;

  @Inject private ScoreReading scoreReading;

  public List<AlertPolicyRow> policies() {
    Map<Long, Long> open = openAlertsByPolicy();
    return em.createNamedQuery(AlertPolicy.FIND_ALL, AlertPolicy.class).getResultList().stream()
        .map(policy -> AlertPolicyRow.of(policy, open.getOrDefault(policy.getId(), 0L)))
        .toList();
  }

  public AlertPolicyRow policy(long id) {
    return row(get(id));
  }

  /**
   * A new policy. A score-change policy starts comparing from the score of now.
   *
   * @throws InvalidInputException naming the first field that is wrong; nothing is saved
   */
  public AlertPolicyRow create(AlertPolicyInput input) {
    checkInput(input);
    nameIsFree(input.name(), null);
    AlertPolicy policy = new AlertPolicy(definition(input));
    startWatching(policy);
    em.persist(policy);
    auditLog.record(
        AuditEventType.ALERT_POLICY_CREATED, caller(), policy.getName(), describe(policy));
    em.flush();
    return row(policy);
  }

  /**
   * Replaces a policy's definition. Its pending matches are forgotten (the count starts again under
   * the new definition) and a score-change policy compares from the score of now; its alerts stay.
   *
   * @param expectedVersion the version the editor read; another one means someone else saved since
   * @throws InvalidInputException naming the first field that is wrong; nothing is saved
   */
  public AlertPolicyRow update(long id, long expectedVersion, AlertPolicyInput input) {
    AlertPolicy policy = get(id);
    if (policy.getVersion() != expectedVersion) {
      throw new AlertPolicyChangedException();
    }
    checkInput(input);
    nameIsFree(input.name(), id);
    String before = policy.getName();
    policy.define(definition(input));
    forgetPendingMatches(policy);
    startWatching(policy);
    auditLog.record(AuditEventType.ALERT_POLICY_CHANGED, caller(), before, describe(policy));
    em.flush();
    return row(policy);
  }

  /** Switches a policy off (it keeps its definition and alerts) or on again. */
  public AlertPolicyRow enable(long id, boolean enabled) {
    AlertPolicy policy = get(id);
    if (policy.isEnabled() == enabled) {
      return row(policy);
    }
    if (enabled) {
      policy.enable();
      startWatching(policy);
    } else {
      policy.disable();
    }
    forgetPendingMatches(policy);
    auditLog.record(
        AuditEventType.ALERT_POLICY_CHANGED,
        caller(),
        policy.getName(),
        enabled ? "Switched on." : "Switched off.");
    em.flush();
    return row(policy);
  }

  /** Deletes a policy; its alerts stay, with the policy's name. */
  public void delete(long id) {
    AlertPolicy policy = get(id);
    em.createNamedQuery(Alert.FORGET_POLICY).setParameter("policy", policy).executeUpdate();
    forgetPendingMatches(policy);
    em.remove(policy);
    auditLog.record(AuditEventType.ALERT_POLICY_DELETED, caller(), policy.getName(), null);
  }

  /** The active people a policy can mail, by name; those without an address get no mail. */
  public List<PersonRef> people() {
    return users.activePeople().stream().map(PersonRef::of).toList();
  }

  private AlertPolicy get(long id) {
    AlertPolicy policy = em.find(AlertPolicy.class, id);
    if (policy == null) {
      throw new AlertPolicyNotFoundException(id);
    }
    return policy;
  }

  private AlertPolicyRow row(AlertPolicy policy) {
    return AlertPolicyRow.of(policy, openAlertsByPolicy().getOrDefault(policy.getId(), 0L));
  }

  private Map<Long, Long> openAlertsByPolicy() {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select a.policy.id, count(a) from Alert a where a.policy is not null and a.status"
                    + " in (org.complyscore.alert.entity.AlertStatus.ACTIVE,"
                    + " org.complyscore.alert.entity.AlertStatus.INVESTIGATING)"
                    + " group by a.policy.id",
                Object[].class)
            .getResultList()) {
      counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
    return counts;
  }

  private static void checkInput(AlertPolicyInput input) {
    if (input == null) {
      throw new InvalidInputException("body", "Define the policy: name, condition, severity, …");
    }
  }

  /** Before the change, so that no query flushes a duplicate name into the unique index. */
  private void nameIsFree(String name, Long ownId) {
    String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    em.createNamedQuery(AlertPolicy.FIND_BY_NAME, AlertPolicy.class)
        .setParameter("name", wanted)
        .getResultStream()
        .filter(other -> !other.getId().equals(ownId))
        .findFirst()
        .ifPresent(
            other -> {
              throw new InvalidInputException(
                  "name", "There is already an alert policy named \"" + other.getName() + "\".");
            });
  }

  private Definition definition(AlertPolicyInput input) {
    return new Definition(
        input.name(),
        input.condition(),
        input.severity(),
        input.frequency(),
        input.thresholdMatches(),
        input.windowMinutes(),
        input.statuses(),
        input.scoreThreshold(),
        input.scoreDirection(),
        recipients(input.recipientUserIds()),
        input.recipientEmails(),
        input.enabled());
  }

  private List<User> recipients(List<Long> ids) {
    List<User> users = new ArrayList<>();
    if (ids == null) {
      return users;
    }
    for (Long id : new LinkedHashSet<>(ids)) {
      User user = id == null ? null : em.find(User.class, id);
      if (user == null || !user.isActive()) {
        throw new InvalidInputException(
            "recipientUserIds",
            user == null
                ? "There is no person with the id " + id + "."
                : user.getDisplayName() + " is deactivated and cannot receive alerts.");
      }
      users.add(user);
    }
    return users;
  }

  /** A score-change policy compares with the score of when it was saved. */
  private void startWatching(AlertPolicy policy) {
    if (policy.isEnabled() && policy.getCondition().isScoreChange()) {
      policy.takeReference(
          scoreReading.overallPercent(), Instant.now().truncatedTo(ChronoUnit.MICROS));
    }
  }

  private void forgetPendingMatches(AlertPolicy policy) {
    em.createNamedQuery(AlertMatch.DELETE_OF_POLICY).setParameter("policy", policy).executeUpdate();
  }

  private static String describe(AlertPolicy policy) {
    String frequency =
        policy.getThresholdMatches().isPresent()
            ? policy.getThresholdMatches().get()
                + " matches within "
                + policy.getWindowMinutes().orElse(0)
                + " minutes"
            : "every match";
    return policy.getCondition()
        + ", "
        + policy.getSeverity()
        + ", "
        + frequency
        + ", "
        + (policy.getRecipientUsers().size() + policy.getRecipientEmails().size())
        + " recipients"
        + (policy.isEnabled() ? "" : ", switched off")
        + ".";
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
