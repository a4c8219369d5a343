package org.complyscore.access.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.complyscore.access.boundary.Caller;
import org.complyscore.access.boundary.UserService;
import org.complyscore.access.boundary.UserSummary;
import org.complyscore.access.entity.Permission;
import org.complyscore.shared.entity.InvalidInputException;

/** People and their roles: {@code /api/users}. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Permission.Names.MANAGE_USERS)
public class UsersResource {

  @Inject private UserService userService;

  /** {@code {"role": "ASSESSOR"}} */
  public record RoleChange(String role) {}

  /** {@code {"to": 42}}: the id of the person who takes over. */
  public record Reassignment(Long to) {}

  /** How many improvement action states changed hands. */
  public record ReassignmentResult(int moved) {}

  @GET
  public List<UserSummary> users() {
    return userService.users();
  }

  /** Who is signed in: any signed-in person may ask. */
  @GET
  @Path("me")
  @RolesAllowed(Permission.Names.VIEW)
  public Caller me() {
    return userService.getCurrentCaller();
  }

  @PUT
  @Path("{id}/role")
  public UserSummary changeRole(@PathParam("id") long id, RoleChange change) {
    return userService.changeRole(
        id, RoleParameter.parse("role", change == null ? null : change.role()));
  }

  @POST
  @Path("{id}/deactivate")
  public UserSummary deactivate(@PathParam("id") long id) {
    return userService.deactivate(id);
  }

  @POST
  @Path("{id}/reactivate")
  public UserSummary reactivate(@PathParam("id") long id) {
    return userService.reactivate(id);
  }

  @POST
  @Path("{id}/reassign-actions")
  public ReassignmentResult reassignActions(@PathParam("id") long id, Reassignment reassignment) {
    if (reassignment == null || reassignment.to() == null) {
      throw new InvalidInputException(
          "to", "Give the id of the person who takes the actions over.");
    }
    return new ReassignmentResult(userService.reassignActions(id, reassignment.to()));
  }
}
