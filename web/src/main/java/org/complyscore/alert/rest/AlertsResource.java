package org.complyscore.alert.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.complyscore.access.entity.Permission;
import org.complyscore.alert.boundary.AlertFilter;
import org.complyscore.alert.boundary.AlertPage;
import org.complyscore.alert.boundary.AlertRow;
import org.complyscore.alert.boundary.AlertService;
import org.complyscore.alert.entity.AlertSeverity;
import org.complyscore.alert.entity.AlertStatus;
import org.complyscore.shared.entity.InvalidInputException;
import org.complyscore.shared.rest.EnumParameter;
import org.complyscore.shared.rest.PageParameters;
import org.complyscore.shared.rest.Problem;

/**
 * {@code GET /api/alerts}: the alerts, newest match first, with the list's filters ({@code status},
 * {@code severity}, {@code policy}, {@code assignee}: an id or {@code none}; repeat a parameter for
 * several values); {@code PUT /api/alerts/{id}/status} and {@code /api/alerts/{id}/assignee}:
 * triage, for Contributors and up.
 */
@Path("alerts")
@RolesAllowed(Permission.Names.VIEW)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AlertsResource {

  @Inject private AlertService alertService;

  /**
   * An alert.
   *
   * @param field what changed: a field of the action history ({@code testStatus} …) or {@code
   *     score}
   * @param oldValue and {@code newValue}: as the history keeps them (statuses as constant names; a
   *     score as a percentage)
   * @param matchCount how many matching changes it stands for, from {@code firstMatchAt} to {@code
   *     lastMatchAt}
   */
  public record AlertResponse(
      long id,
      Long policyId,
      String policyName,
      String condition,
      String severity,
      String status,
      Long assigneeId,
      String assigneeName,
      Long stateId,
      String actionTitle,
      String field,
      String oldValue,
      String newValue,
      String origin,
      String changedBy,
      int matchCount,
      Instant firstMatchAt,
      Instant lastMatchAt,
      Instant statusChangedAt,
      String statusChangedBy) {

    static AlertResponse of(AlertRow row) {
      return new AlertResponse(
          row.id(),
          row.policyId(),
          row.policyName(),
          row.condition().name(),
          row.severity().name(),
          row.status().name(),
          row.assigneeId(),
          row.assigneeName(),
          row.stateId(),
          row.actionTitle(),
          row.field(),
          row.oldValue(),
          row.newValue(),
          row.origin() == null ? null : row.origin().name(),
          row.changedBy(),
          row.matchCount(),
          row.firstMatchAt(),
          row.lastMatchAt(),
          row.statusChangedAt(),
          row.statusChangedBy());
    }
  }

  /** A page of alerts and how many match the filter in all. */
  public record AlertList(long total, int first, int size, List<AlertResponse> rows) {}

  /** {@code {"status": "INVESTIGATING"}} */
  public record StatusChange(String status) {}

  /** {@code {"assignee": 42}}, or {@code {"assignee": null}} for nobody. */
  public record AssigneeChange(Long assignee) {}

  @GET
  public AlertList alerts(
      @QueryParam("status") List<String> statuses,
      @QueryParam("severity") List<String> severities,
      @QueryParam("policy") String policy,
      @QueryParam("assignee") String assignee,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    PageParameters page = PageParameters.of(first, size, AlertService.MAX_PAGE_SIZE);
    Set<AlertStatus> statusSet = EnumSet.noneOf(AlertStatus.class);
    statuses.forEach(
        value ->
            statusSet.add(
                EnumParameter.parse("status", "an alert status", AlertStatus.class, value)));
    Set<AlertSeverity> severitySet = EnumSet.noneOf(AlertSeverity.class);
    severities.forEach(
        value ->
            severitySet.add(
                EnumParameter.parse("severity", "a severity", AlertSeverity.class, value)));
    Long assigneeId = null;
    boolean unassigned = false;
    if (assignee != null && !assignee.isBlank()) {
      if (assignee.strip().equalsIgnoreCase("none")) {
        unassigned = true;
      } else {
        assigneeId = id("assignee", "a person's id; give a number, or none", assignee);
      }
    }
    AlertPage result =
        alertService.alerts(
            new AlertFilter(
                statusSet,
                severitySet,
                policy == null || policy.isBlank() ? null : id("policy", "a policy's id", policy),
                assigneeId,
                unassigned),
            page.first(),
            page.size());
    return new AlertList(
        result.total(),
        page.first(),
        page.size(),
        result.rows().stream().map(AlertResponse::of).toList());
  }

  @GET
  @Path("{id}")
  public AlertResponse alert(@PathParam("id") long id) {
    return AlertResponse.of(alertService.alert(id));
  }

  @PUT
  @Path("{id}/status")
  @RolesAllowed(Permission.Names.EDIT_IMPLEMENTATION)
  public AlertResponse changeStatus(@PathParam("id") long id, StatusChange change) {
    AlertStatus status =
        EnumParameter.parse(
            "status",
            "an alert status",
            AlertStatus.class,
            change == null ? null : change.status());
    return AlertResponse.of(alertService.changeStatus(id, status));
  }

  @PUT
  @Path("{id}/assignee")
  @RolesAllowed(Permission.Names.EDIT_IMPLEMENTATION)
  public AlertResponse assign(@PathParam("id") long id, AssigneeChange change) {
    if (change == null) {
      throw new InvalidInputException(
          "assignee", "Give the id of the person to assign, or null for nobody.");
    }
    return AlertResponse.of(alertService.assign(id, change.assignee()));
  }

  private static long id(String name, String what, String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name, Problem.quoted(value) + " is not " + what + ".");
    }
  }
}
