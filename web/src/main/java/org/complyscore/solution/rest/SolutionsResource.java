package org.complyscore.solution.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.complyscore.access.entity.Permission;
import org.complyscore.score.entity.ScoreFilter;
import org.complyscore.score.rest.ScoreFilterParameters;
import org.complyscore.shared.entity.InvalidInputException;
import org.complyscore.solution.boundary.SolutionScore;
import org.complyscore.solution.boundary.SolutionService;

/**
 * {@code GET /api/solutions}: every solution's part of the score under the score's filter
 * parameters; {@code PUT /api/solutions/{id}}: an Administrator changes a solution's name,
 * description and address.
 */
@Path("solutions")
@RolesAllowed(Permission.Names.VIEW)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SolutionsResource {

  @Inject private SolutionService solutionService;

  /**
   * A solution's line.
   *
   * @param contribution percentage points of the overall score its achieved points make; the lines
   *     add up to the overall score under the same filter
   * @param openActions action states not passed (the action list's {@code ?solution=id})
   */
  public record SolutionLine(
      Long id,
      String name,
      String description,
      String url,
      long version,
      BigDecimal contribution,
      BigDecimal percent,
      BigDecimal achievedPoints,
      long achievablePoints,
      long actions,
      long openActions) {

    static SolutionLine of(SolutionScore s) {
      return new SolutionLine(
          s.id(),
          s.name(),
          s.description(),
          s.url(),
          s.version(),
          s.contribution(),
          s.score().percent(),
          s.score().achieved(),
          s.score().achievable(),
          s.actions(),
          s.open());
    }
  }

  /** {@code {"version": 1, "name": "…", "description": "…", "url": "https://…"}} */
  public record SolutionChange(Long version, String name, String description, String url) {}

  @GET
  public List<SolutionLine> solutions(@BeanParam ScoreFilterParameters parameters) {
    ScoreFilter filter = parameters.toFilter();
    return solutionService.scores(filter).stream().map(SolutionLine::of).toList();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Permission.Names.MANAGE_SOLUTIONS)
  public SolutionLine describe(@PathParam("id") long id, SolutionChange change) {
    if (change == null) {
      throw new InvalidInputException("body", "The request needs a JSON body.");
    }
    if (change.version() == null) {
      throw new InvalidInputException(
          "version",
          "Give the version of the solution you changed (from GET /api/solutions), so that"
              + " nobody's change is overwritten unseen.");
    }
    return SolutionLine.of(
        solutionService.describe(
            id, change.version(), change.name(), change.description(), change.url()));
  }
}
