package org.complyscore.access.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.complyscore.access.boundary.InvitationService;
import org.complyscore.access.boundary.InvitationSummary;
import org.complyscore.access.entity.Permission;

/**
 * Invitations by e-mail: {@code /api/invitations}. The link's token is only ever in the mail; the
 * API never shows it.
 */
@Path("invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Permission.Names.INVITE_USERS)
public class InvitationsResource {

  @Inject private InvitationService invitationService;

  /** {@code {"email": "new.person@example.org", "role": "CONTRIBUTOR"}} */
  public record InvitationRequest(String email, String role) {}

  @GET
  public List<InvitationSummary> pending() {
    return invitationService.pending();
  }

  @POST
  public Response invite(InvitationRequest request, @Context UriInfo uri) {
    InvitationSummary invitation =
        invitationService.invite(
            request == null ? null : request.email(),
            RoleParameter.parse("role", request == null ? null : request.role()));
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(invitation.id())).build())
        .entity(invitation)
        .build();
  }

  @POST
  @Path("{id}/resend")
  public InvitationSummary resend(@PathParam("id") long id) {
    return invitationService.resend(id);
  }

  @DELETE
  @Path("{id}")
  public Response revoke(@PathParam("id") long id) {
    invitationService.revoke(id);
    return Response.noContent().build();
  }
}
