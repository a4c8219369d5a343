package org.complyscore.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.complyscore.access.entity.Permission;
import org.complyscore.action.entity.TestingCombination;
import org.complyscore.monitoring.boundary.AutomationService;
import org.complyscore.monitoring.boundary.MonitoringStatus;
import org.complyscore.monitoring.boundary.TestingView;
import org.complyscore.shared.rest.Problem;
import org.complyscore.shared.rest.ProblemException;

/**
 * Testing logic and automation over REST (F31).
 *
 * <pre>
 * GET /api/automation                          the switch for all, counts, freshness
 * PUT /api/automation                          {"on": true|false}                   (the Owner)
 * GET /api/automation/actions/{id}             an action's testing logic and latest results
 * PUT /api/automation/actions/{id}/logic       {"checkIds": [...], "combination"}  (Administrators)
 * PUT /api/automation/actions/{id}/switch      {"on": true|false}                   (Administrators)
 * </pre>
 *
 * <p>{@code id} is the action's id as {@code /api/actions/{id}} has it (its state).
 */
@Path("automation")
@RolesAllowed(Permission.Names.VIEW)
@Produces(MediaType.APPLICATION_JSON)
public class AutomationResource {

  @Inject private AutomationService automation;

  /** {@code {"checkIds": ["web.tls"], "combination": "ANY_FAILURE_FAILS"}} */
  public record Logic(List<String> checkIds, String combination) {}

  /** {@code {"on": true}} */
  public record Switch(Boolean on) {}

  /** How many states the Owner's switch changed. */
  public record Switched(boolean on, int states) {}

  @GET
  @Path("actions/{stateId}")
  public TestingView testing(@PathParam("stateId") long stateId) {
    return automation.testing(stateId);
  }

  @PUT
  @Path("actions/{stateId}/logic")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.MANAGE_AUTOMATION)
  public TestingView changeLogic(@PathParam("stateId") long stateId, Logic logic) {
    if (logic == null) {
      throw new ProblemException(
          Problem.badRequest("body", "Send {\"checkIds\": [...], \"combination\"}."));
    }
    return automation.changeTestingLogic(
        stateId,
        logic.checkIds() == null ? "" : String.join("\n", logic.checkIds()),
        combination(logic.combination()));
  }

  @PUT
  @Path("actions/{stateId}/switch")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.MANAGE_AUTOMATION)
  public TestingView switchOne(@PathParam("stateId") long stateId, Switch request) {
    return automation.switchAutomation(stateId, on(request));
  }

  @GET
  public MonitoringStatus status() {
    return automation.status();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Permission.Names.SWITCH_AUTOMATION_FOR_ALL)
  public Switched switchAll(Switch request) {
    boolean on = on(request);
    return new Switched(on, automation.switchAll(on));
  }

  private static boolean on(Switch request) {
    if (request == null || request.on() == null) {
      throw new ProblemException(
          Problem.badRequest("on", "Send {\"on\": true} or {\"on\": false}."));
    }
    return request.on();
  }

  private static TestingCombination combination(String text) {
    if (text == null || text.isBlank()) {
      return TestingCombination.ANY_FAILURE_FAILS;
    }
    try {
      return TestingCombination.valueOf(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          Problem.badRequest(
              "combination",
              Problem.quoted(text) + " is not a combination: use ANY_FAILURE_FAILS or AVERAGE."));
    }
  }
}
