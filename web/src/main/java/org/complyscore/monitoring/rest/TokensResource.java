package org.complyscore.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.complyscore.access.entity.Permission;
import org.complyscore.monitoring.boundary.ApiTokenService;
import org.complyscore.monitoring.boundary.IssuedToken;
import org.complyscore.monitoring.boundary.TokenRow;
import org.complyscore.shared.rest.Problem;
import org.complyscore.shared.rest.ProblemException;

/**
 * API tokens over REST (F50), for Administrators and Owners.
 *
 * <pre>
 * GET    /api/tokens        the tokens, never their secrets
 * POST   /api/tokens        {"name", "scopes": ["signals:write", "read"], "expiresAt"}: 201 with the
 *                           secret, shown this once
 * DELETE /api/tokens/{id}   revoke
 * </pre>
 */
@Path("tokens")
@RolesAllowed(Permission.Names.MANAGE_API_TOKENS)
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

  @Inject private ApiTokenService tokens;

  /** {@code {"name": "…", "scopes": ["signals:write"], "expiresAt": "2027-11-25T00:00:00Z"}} */
  public record NewToken(String name, List<String> scopes, String expiresAt) {}

  @GET
  public List<TokenRow> list() {
    return tokens.list();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(NewToken request) {
    if (request == null) {
      throw new ProblemException(
          Problem.badRequest("body", "Send {\"name\", \"scopes\", \"expiresAt\"}."));
    }
    IssuedToken issued =
        tokens.create(
            request.name(),
            request.scopes() == null ? Set.of() : Set.copyOf(request.scopes()),
            moment(request.expiresAt()));
    return Response.status(Response.Status.CREATED).entity(issued).build();
  }

  @DELETE
  @Path("{id}")
  public TokenRow revoke(@PathParam("id") long id) {
    return tokens.revoke(id);
  }

  private static Instant moment(String text) {
    if (text == null || text.isBlank()) {
      return null; // the service names the missing field
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw new ProblemException(
          Problem.badRequest(
              "expiresAt",
              Problem.quoted(text)
                  + " is not a timestamp with an offset, such as"
                  + " 2027-11-25T00:00:00Z."));
    }
  }
}
