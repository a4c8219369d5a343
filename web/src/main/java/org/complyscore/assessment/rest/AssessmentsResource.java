package org.complyscore.assessment.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.complyscore.access.entity.Permission;
import org.complyscore.assessment.boundary.AssessmentDetails;
import org.complyscore.assessment.boundary.AssessmentRow;
import org.complyscore.assessment.boundary.AssessmentService;
import org.complyscore.assessment.boundary.NewAssessment;
import org.complyscore.assessment.boundary.UpdateReview;
import org.complyscore.assessment.control.AssessmentReport;
import org.complyscore.assessment.control.AssessmentReportWorkbook;
import org.complyscore.assessment.control.OscalResultsWriter;
import org.complyscore.shared.entity.InvalidInputException;
import org.complyscore.shared.rest.Downloads;

/**
 * Assessments over REST (F40–F42, F47, F50): list and read; create, rename and delete (Assessors,
 * Administrators, Owners); a template's pending update reviewed, accepted or deferred.
 *
 * <pre>
 * GET    /api/assessments?regulation=&amp;group=   the list
 * GET    /api/assessments/{id}                    details: points by owner, controls by family
 * POST   /api/assessments                         {"templateId", "name", "groupId" | "newGroupName", "copyFromGroupId"}
 * PUT    /api/assessments/{id}                    {"version", "name"}: rename
 * DELETE /api/assessments/{id}?confirm=NAME       delete for good
 * GET    /api/assessments/{id}/update             review of the pending update
 * POST   /api/assessments/{id}/update             {"version"}: accept it
 * POST   /api/assessments/{id}/update/deferral    decide later
 * </pre>
 */
@Path("assessments")
@RolesAllowed(Permission.Names.VIEW)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentsResource {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject private AssessmentService assessments;

  /** {@code {"version": 3, "name": "…"}} */
  public record Rename(Long version, String name) {}

  /** {@code {"version": 3}}: the version the review was made on. */
  public record Accept(Long version) {}

  @GET
  public List<AssessmentRow> list(
      @QueryParam("regulation") String regulation, @QueryParam("group") String group) {
    return assessments.list(
        regulation == null || regulation.isBlank() ? null : regulation.strip(), id("group", group));
  }

  @GET
  @Path("{id}")
  public AssessmentDetails details(@PathParam("id") long id) {
    return assessments.details(id);
  }

  /** The report as of now, as Excel: controls of both owners, statuses, dates, evidence (F43). */
  @GET
  @Path("{id}/report")
  @Produces(XLSX)
  public Response report(@PathParam("id") long id, @Context UriInfo uri) {
    AssessmentReport report = assessments.report(id);
    String base = applicationAddress(uri);
    StreamingOutput body = out -> AssessmentReportWorkbook.write(report, base, out);
    return Downloads.attachment(body, XLSX, fileName(report, "xlsx"));
  }

  /** The results as OSCAL 1.1.3 assessment-results JSON (F48). */
  @GET
  @Path("{id}/oscal-results")
  @Produces(MediaType.APPLICATION_JSON)
  public Response oscalResults(@PathParam("id") long id, @Context UriInfo uri) {
    AssessmentReport report = assessments.report(id);
    String base = applicationAddress(uri);
    StreamingOutput body = out -> OscalResultsWriter.write(report, report.product(), base, out);
    return Downloads.attachment(body, MediaType.APPLICATION_JSON, fileName(report, "oscal.json"));
  }

  /**
   * The address the application answers at, without the API's path: what evidence links start with.
   */
  private static String applicationAddress(UriInfo uri) {
    String api = uri.getBaseUri().toString();
    String trimmed = api.endsWith("/") ? api.substring(0, api.length() - 1) : api;
    return trimmed.endsWith("/api") ? trimmed.substring(0, trimmed.length() - 4) : trimmed;
  }

  /** A file name from the assessment's name: letters, digits and dashes only. */
  private static String fileName(AssessmentReport report, String extension) {
    String stem = report.name().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
    return (stem.isEmpty() ? "assessment-" + report.assessmentId() : stem) + "." + extension;
  }

  @POST
  @RolesAllowed(Permission.Names.MANAGE_ASSESSMENTS)
  public Response create(NewAssessment request, @Context UriInfo uri) {
    if (request == null) {
      throw new InvalidInputException("body", "The request needs a JSON body.");
    }
    long id = assessments.create(request);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
        .entity(assessments.row(id))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Permission.Names.MANAGE_ASSESSMENTS)
  public AssessmentRow rename(@PathParam("id") long id, Rename rename) {
    if (rename == null || rename.version() == null) {
      throw new InvalidInputException(
          "version",
          "Give the version of the assessment you renamed (from GET /api/assessments), so that"
              + " nobody's change is overwritten unseen.");
    }
    return assessments.rename(id, rename.version(), rename.name());
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Permission.Names.MANAGE_ASSESSMENTS)
  public Response delete(@PathParam("id") long id, @QueryParam("confirm") String confirm) {
    assessments.delete(id, confirm);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/update")
  public UpdateReview reviewUpdate(@PathParam("id") long id) {
    return assessments.reviewUpdate(id);
  }

  @POST
  @Path("{id}/update")
  @RolesAllowed(Permission.Names.MANAGE_ASSESSMENTS)
  public AssessmentRow acceptUpdate(@PathParam("id") long id, Accept accept) {
    if (accept == null || accept.version() == null) {
      throw new InvalidInputException(
          "version", "Give the version of the assessment the review was made on.");
    }
    return assessments.acceptUpdate(id, accept.version());
  }

  @POST
  @Path("{id}/update/deferral")
  @RolesAllowed(Permission.Names.MANAGE_ASSESSMENTS)
  public AssessmentRow deferUpdate(@PathParam("id") long id) {
    return assessments.deferUpdate(id);
  }

  private static Long id(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name, "\"" + value + "\" is not an id: use a whole number.");
    }
  }
}
