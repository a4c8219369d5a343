package org.complyscore.score.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.complyscore.access.entity.Permission;
import org.complyscore.score.boundary.ScoreService;

/**
 * {@code GET /api/score}: the compliance score for signed-in users, filtered by query parameters
 * ({@link ScoreFilterParameters}).
 */
@Path("score")
@RolesAllowed(Permission.Names.VIEW)
@Produces(MediaType.APPLICATION_JSON)
public class ScoresResource {

  @Inject private ScoreService scoreService;

  @GET
  public ScoreResponse score(@BeanParam ScoreFilterParameters parameters) {
    return ScoreResponse.of(scoreService.report(parameters.toFilter()));
  }
}
