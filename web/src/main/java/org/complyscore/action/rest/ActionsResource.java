package org.complyscore.action.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.complyscore.access.entity.Permission;
import org.complyscore.action.boundary.ActionDetails;
import org.complyscore.action.boundary.ActionListParameters;
import org.complyscore.action.boundary.ActionListRequest;
import org.complyscore.action.boundary.ActionListService;
import org.complyscore.action.boundary.ActionPage;
import org.complyscore.action.boundary.ActionWorkflowService;
import org.complyscore.action.boundary.EvidenceService;
import org.complyscore.action.boundary.EvidenceSummary;
import org.complyscore.action.boundary.HistoryEntry;
import org.complyscore.action.control.ActionListWorkbook;
import org.complyscore.action.control.TestingHistoryWorkbook;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.shared.entity.InvalidInputException;
import org.complyscore.shared.rest.Downloads;
import org.complyscore.shared.rest.EnumParameter;
import org.complyscore.shared.rest.Problem;

/**
 * Improvement actions: {@code /api/actions}. The list takes the parameters of the list page ({@link
 * ActionListParameters}); a change names the version it was made on, and a newer one is refused
 * with 409-like clarity (422 and a message) rather than overwritten.
 */
@Path("actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Permission.Names.VIEW)
public class ActionsResource {

  /** How much of an oversize upload is read (and dropped) so that its sender gets the answer. */
  private static final long DRAIN_MAX = 64L * 1024 * 1024;

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject private ActionListService list;
  @Inject private ActionWorkflowService workflow;
  @Inject private EvidenceService evidence;

  /** {@code {"version": 3, "status": "IMPLEMENTED", "date": "2026-11-24", "notes": "…"}} */
  public record StatusChange(Long version, String status, String date, String notes) {}

  /** {@code {"version": 3, "notes": "…"}} */
  public record NotesChange(Long version, String notes) {}

  /** {@code {"version": 3, "source": "PARENT", "parent": 42}}; source MANUAL needs no parent. */
  public record SourceChange(Long version, String source, Long parent) {}

  /** {@code {"actions": [1, 2], "assignee": 7}}; assignee null unassigns. */
  public record Assignment(List<Long> actions, Long assignee) {}

  public record AssignmentResult(int changed) {}

  /** {@code {"title": "Policy", "url": "https://intranet/policy"}} */
  public record LinkEvidence(String title, String url) {}

  @GET
  public ActionPage page(
      @Context UriInfo uri,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    return list.page(request(uri), first, size);
  }

  @GET
  @Path("export.xlsx")
  @Produces(XLSX)
  public Response export(@Context UriInfo uri) {
    ActionListRequest request = request(uri);
    var rows = list.all(request);
    String description = ActionListParameters.toQuery(request);
    StreamingOutput body =
        out -> ActionListWorkbook.write(rows, description.isEmpty() ? "none" : description, out);
    return Downloads.attachment(body, XLSX, "improvement-actions.xlsx");
  }

  @GET
  @Path("{id}")
  public ActionDetails details(@PathParam("id") long id) {
    return workflow.details(id);
  }

  @PUT
  @Path("{id}/implementation")
  @RolesAllowed(Permission.Names.EDIT_IMPLEMENTATION)
  public ActionDetails implementation(@PathParam("id") long id, StatusChange change) {
    StatusChange body = required(change);
    return workflow.recordImplementation(
        id,
        version(body.version()),
        EnumParameter.parse(
            "status", "an implementation status", ImplementationStatus.class, body.status()),
        EnumParameter.date("date", body.date()),
        body.notes());
  }

  @PUT
  @Path("{id}/test")
  @RolesAllowed(Permission.Names.EDIT_TESTING)
  public ActionDetails test(@PathParam("id") long id, StatusChange change) {
    StatusChange body = required(change);
    return workflow.recordTest(
        id,
        version(body.version()),
        EnumParameter.parse("status", "a test status", TestStatus.class, body.status()),
        EnumParameter.date("date", body.date()),
        body.notes());
  }

  @PUT
  @Path("{id}/notes")
  @RolesAllowed(Permission.Names.EDIT_IMPLEMENTATION)
  public ActionDetails notes(@PathParam("id") long id, NotesChange change) {
    NotesChange body = required(change);
    return workflow.changeAdditionalNotes(id, version(body.version()), body.notes());
  }

  @PUT
  @Path("{id}/testing-source")
  @RolesAllowed(Permission.Names.EDIT_TESTING)
  public ActionDetails testingSource(@PathParam("id") long id, SourceChange change) {
    SourceChange body = required(change);
    String source = body.source() == null ? "" : body.source().strip().toUpperCase();
    return switch (source) {
      case "MANUAL" -> workflow.testManually(id, version(body.version()));
      case "PARENT" -> {
        if (body.parent() == null) {
          throw new InvalidInputException("parent", "Give the id of the parent action.");
        }
        yield workflow.followParent(id, version(body.version()), body.parent());
      }
      default ->
          throw new InvalidInputException(
              "source",
              "The testing source is MANUAL or PARENT (automatic testing comes with monitoring).");
    };
  }

  @POST
  @Path("assign")
  @RolesAllowed(Permission.Names.EDIT_IMPLEMENTATION)
  public AssignmentResult assign(Assignment assignment) {
    if (assignment == null || assignment.actions() == null) {
      throw new InvalidInputException("actions", "Give the ids of the actions to assign.");
    }
    if (assignment.actions().contains(null)) {
      throw new InvalidInputException("actions", "An action id is missing in the list.");
    }
    return new AssignmentResult(workflow.assign(assignment.actions(), assignment.assignee()));
  }

  @GET
  @Path("{id}/history")
  public List<HistoryEntry> history(@PathParam("id") long id) {
    return workflow.history(id);
  }

  @GET
  @Path("{id}/history.xlsx")
  @Produces(XLSX)
  public Response historyWorkbook(@PathParam("id") long id) {
    ActionDetails details = workflow.details(id);
    List<HistoryEntry> entries = workflow.history(id);
    StreamingOutput body = out -> TestingHistoryWorkbook.write(details.title(), entries, out);
    return Downloads.attachment(body, XLSX, "testing-history-" + id + ".xlsx");
  }

  @GET
  @Path("{id}/evidence")
  public List<EvidenceSummary> evidence(@PathParam("id") long id) {
    return evidence.evidence(id);
  }

  @POST
  @Path("{id}/evidence/links")
  @RolesAllowed(Permission.Names.EDIT_IMPLEMENTATION)
  public Response addLink(@PathParam("id") long id, LinkEvidence link) {
    LinkEvidence body = required(link);
    return Response.status(Response.Status.CREATED)
        .entity(evidence.addLink(id, body.title(), body.url()))
        .build();
  }

  /**
   * A file as the raw request body, its name in {@code ?name=}: {@code curl --data-binary
   * @report.pdf -H 'Content-Type: application/octet-stream' …/evidence/files?name=report.pdf}. At
   * most one byte more than the limit is read, so an oversize body is refused without holding it.
   */
  @POST
  @Path("{id}/evidence/files")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Permission.Names.EDIT_IMPLEMENTATION)
  public Response upload(
      @PathParam("id") long id,
      @QueryParam("name") String name,
      @HeaderParam("Content-Type") String contentType,
      InputStream body)
      throws IOException {
    if (isFormType(contentType)) {
      // The types a plain HTML form of another site can post without the browser asking first.
      return Response.status(Response.Status.UNSUPPORTED_MEDIA_TYPE)
          .type(Problem.MEDIA_TYPE)
          .entity(
              Problem.of(
                  Response.Status.UNSUPPORTED_MEDIA_TYPE,
                  "Send the file as the request body with Content-Type: application/octet-stream."))
          .build();
    }
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("name", "Give the file's name as ?name=report.pdf.");
    }
    long max = evidence.maxFileBytes();
    byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (content.length > max) {
      // Read on (up to a bound) so that the client finishes sending and can read the refusal the
      // service gives below; past the bound the rest is left unread.
      drain(body, DRAIN_MAX);
    }
    return Response.status(Response.Status.CREATED)
        .entity(evidence.upload(id, name, content))
        .build();
  }

  private static boolean isFormType(String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
    return type.startsWith("multipart/form-data")
        || type.startsWith("application/x-www-form-urlencoded")
        || type.startsWith("text/plain");
  }

  private static void drain(InputStream body, long limit) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long read = 0;
    int n;
    while (read < limit && (n = body.read(buffer)) > 0) {
      read += n;
    }
  }

  private static ActionListRequest request(UriInfo uri) {
    return ActionListParameters.parse(uri.getQueryParameters());
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw new InvalidInputException("body", "The request needs a JSON body.");
    }
    return body;
  }

  private static long version(Long version) {
    if (version == null) {
      throw new InvalidInputException(
          "version",
          "Give the version of the action you changed (from GET /api/actions/{id}), so that"
              + " nobody's change is overwritten unseen.");
    }
    return version;
  }
}
