package org.complyscore.alert.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.complyscore.access.entity.Permission;
import org.complyscore.action.boundary.PersonRef;
import org.complyscore.alert.boundary.AlertPolicyInput;
import org.complyscore.alert.boundary.AlertPolicyRow;
import org.complyscore.alert.boundary.AlertPolicyService;
import org.complyscore.alert.entity.AlertCondition;
import org.complyscore.alert.entity.AlertFrequency;
import org.complyscore.alert.entity.AlertSeverity;
import org.complyscore.alert.entity.ScoreDirection;
import org.complyscore.shared.entity.InvalidInputException;
import org.complyscore.shared.rest.EnumParameter;

/**
 * {@code /api/alert-policies}: list, read, create ({@code 201} with its address), replace (with the
 * version read, so nobody's change is overwritten unseen) and delete alert policies. For
 * Administrators and Owners (MANAGE_AUTOMATION), like every automation setting.
 */
@Path("alert-policies")
@RolesAllowed(Permission.Names.MANAGE_AUTOMATION)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AlertPoliciesResource {

  @Inject private AlertPolicyService policyService;

  /**
   * A policy as clients write it.
   *
   * <pre>{@code
   * {"name": "Failing tests", "condition": "TEST_STATUS_CHANGE", "severity": "HIGH",
   *  "frequency": "THRESHOLD", "thresholdMatches": 3, "windowMinutes": 60,
   *  "statuses": ["FAILED_HIGH_RISK"], "recipientUserIds": [4], "recipientEmails": ["soc@example.org"]}
   * }</pre>
   *
   * @param version for a replacement: the version read (GET)
   * @param enabled false to keep the policy switched off; on when left out
   */
  public record PolicyRequest(
      Long version,
      String name,
      String condition,
      String severity,
      String frequency,
      Integer thresholdMatches,
      Integer windowMinutes,
      List<String> statuses,
      BigDecimal scoreThreshold,
      String scoreDirection,
      List<Long> recipientUserIds,
      List<String> recipientEmails,
      Boolean enabled) {

    AlertPolicyInput toInput() {
      return new AlertPolicyInput(
          name,
          EnumParameter.parse("condition", "a condition", AlertCondition.class, condition),
          EnumParameter.parse("severity", "a severity", AlertSeverity.class, severity),
          frequency == null || frequency.isBlank()
              ? AlertFrequency.EVERY_MATCH
              : EnumParameter.parse("frequency", "a frequency", AlertFrequency.class, frequency),
          thresholdMatches,
          windowMinutes,
          statuses == null ? List.of() : statuses,
          scoreThreshold,
          scoreDirection == null || scoreDirection.isBlank()
              ? null
              : EnumParameter.parse(
                  "scoreDirection", "a score direction", ScoreDirection.class, scoreDirection),
          recipientUserIds == null ? List.of() : recipientUserIds,
          recipientEmails == null ? List.of() : recipientEmails,
          enabled == null || enabled);
    }
  }

  /** A recipient person. */
  public record Recipient(long id, String displayName, String email) {
    static Recipient of(PersonRef person) {
      return new Recipient(
          person.id(), person.displayName(), person.email().isEmpty() ? null : person.email());
    }
  }

  /**
   * A policy.
   *
   * @param referencePercent a score-change policy's reference: the score it compares with
   * @param openAlerts its alerts that are Active or Investigating
   */
  public record PolicyResponse(
      long id,
      long version,
      String name,
      String condition,
      String severity,
      String frequency,
      Integer thresholdMatches,
      Integer windowMinutes,
      List<String> statuses,
      BigDecimal scoreThreshold,
      String scoreDirection,
      BigDecimal referencePercent,
      Instant referenceAt,
      List<Recipient> recipientUsers,
      List<String> recipientEmails,
      boolean enabled,
      long openAlerts) {

    static PolicyResponse of(AlertPolicyRow row) {
      return new PolicyResponse(
          row.id(),
          row.version(),
          row.name(),
          row.condition().name(),
          row.severity().name(),
          row.frequency().name(),
          row.thresholdMatches(),
          row.windowMinutes(),
          row.statuses(),
          row.scoreThreshold(),
          row.scoreDirection() == null ? null : row.scoreDirection().name(),
          row.referencePercent(),
          row.referenceAt(),
          row.recipientUsers().stream().map(Recipient::of).toList(),
          row.recipientEmails(),
          row.enabled(),
          row.openAlerts());
    }
  }

  @GET
  public List<PolicyResponse> policies() {
    return policyService.policies().stream().map(PolicyResponse::of).toList();
  }

  @GET
  @Path("{id}")
  public PolicyResponse policy(@PathParam("id") long id) {
    return PolicyResponse.of(policyService.policy(id));
  }

  @POST
  public Response create(PolicyRequest request, @Context UriInfo uri) {
    AlertPolicyRow created = policyService.create(body(request).toInput());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(PolicyResponse.of(created))
        .build();
  }

  @PUT
  @Path("{id}")
  public PolicyResponse replace(@PathParam("id") long id, PolicyRequest request) {
    if (body(request).version() == null) {
      throw new InvalidInputException(
          "version",
          "Give the version of the policy you changed (from GET /api/alert-policies/"
              + id
              + "), so that nobody's change is overwritten unseen.");
    }
    return PolicyResponse.of(policyService.update(id, request.version(), request.toInput()));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    policyService.delete(id);
    return Response.noContent().build();
  }

  private static PolicyRequest body(PolicyRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "The request needs a JSON body.");
    }
    return request;
  }
}
