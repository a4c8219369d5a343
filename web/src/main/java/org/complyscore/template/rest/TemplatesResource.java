package org.complyscore.template.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.complyscore.access.entity.Permission;
import org.complyscore.assessment.entity.TemplateSource;
import org.complyscore.shared.entity.InvalidInputException;
import org.complyscore.shared.rest.Problem;
import org.complyscore.shared.rest.ProblemException;
import org.complyscore.template.boundary.TemplateDetails;
import org.complyscore.template.boundary.TemplateReview;
import org.complyscore.template.boundary.TemplateRow;
import org.complyscore.template.boundary.TemplateService;
import org.complyscore.template.control.OscalFormatException;
import org.complyscore.template.view.TemplateUploads;
import org.complyscore.template.view.TemplateUploads.Kind;

/**
 * Templates (F44–F47): {@code /api/templates}. Imports take their files as multipart/form-data
 * (Jakarta REST 3.1's {@link EntityPart}), are checked like the import page checks them, and with
 * {@code ?review=true} answer what would be imported without storing anything.
 */
@Path("templates")
@RolesAllowed(Permission.Names.VIEW)
@Produces(MediaType.APPLICATION_JSON)
public class TemplatesResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject private TemplateService templates;

  /**
   * What an import would store.
   *
   * @param title the title it would be stored under: the form's, else the file's
   * @param titleTaken a template has this title already; the import would be refused
   */
  public record ReviewResponse(
      String title,
      String product,
      String regulation,
      String version,
      TemplateSource source,
      int families,
      int controls,
      int actions,
      int maximumScore,
      int withdrawnSkipped,
      int sharedActions,
      boolean titleTaken,
      List<TemplateReview.FamilyCount> familyCounts,
      List<String> notes) {}

  @GET
  public List<TemplateRow> list() {
    return templates.list();
  }

  @GET
  @Path("{id}")
  public TemplateDetails details(@PathParam("id") long id) {
    return templates.details(id);
  }

  /**
   * {@code curl -F catalog=@catalog.json -F profile=@profile.json -F title=… …/import/oscal}; the
   * profile is optional (without it the whole catalog is imported).
   */
  @POST
  @Path("import/oscal")
  @Consumes(MediaType.WILDCARD)
  @TemplateUpload
  @RolesAllowed(Permission.Names.MANAGE_TEMPLATES)
  public Response importOscal(
      @FormParam("catalog") EntityPart catalog,
      @FormParam("profile") EntityPart profile,
      @FormParam("title") EntityPart title,
      @FormParam("product") EntityPart product,
      @FormParam("regulation") EntityPart regulation,
      @QueryParam("review") boolean review,
      @Context UriInfo uri)
      throws IOException {
    if (catalog == null) {
      throw new InvalidInputException(
          "catalog",
          "Give the OSCAL catalog as the part \"catalog\""
              + (profile == null
                  ? "."
                  : ": a profile only selects controls of the catalog it imports, so it needs"
                      + " that catalog too."));
    }
    byte[] catalogBytes = file("catalog", "The catalog", catalog, Kind.OSCAL_CATALOG);
    byte[] profileBytes =
        profile == null ? null : file("profile", "The profile", profile, Kind.OSCAL_PROFILE);
    TemplateReview reading;
    try {
      reading = templates.reviewOscal(catalogBytes, profileBytes);
    } catch (OscalFormatException unreadable) {
      throw new InvalidInputException(
          profileBytes != null && unreadable.getMessage().toLowerCase().contains("profile")
              ? "profile"
              : "catalog",
          unreadable.getMessage());
    }
    return answer(reading, text(title), text(product), text(regulation), review, uri);
  }

  /**
   * The review, or the template stored under the names given (the file's where none is): 201 with
   * its line and Location.
   */
  private Response answer(
      TemplateReview reading,
      String title,
      String product,
      String regulation,
      boolean review,
      UriInfo uri) {
    String finalTitle = title == null ? reading.draft().title() : title;
    String finalProduct = product == null ? reading.draft().product() : product;
    String finalRegulation = regulation == null ? reading.draft().regulation() : regulation;
    if (review) {
      boolean titleTaken =
          title == null
              ? reading.titleTaken()
              : templates.list().stream().anyMatch(row -> row.title().equals(finalTitle.strip()));
      return Response.ok(
              new ReviewResponse(
                  finalTitle,
                  finalProduct,
                  finalRegulation,
                  reading.draft().version(),
                  reading.draft().source(),
                  reading.families().size(),
                  reading.controls(),
                  reading.actions(),
                  reading.maximumScore(),
                  reading.withdrawnSkipped(),
                  reading.sharedActions(),
                  titleTaken,
                  reading.families(),
                  reading.notes()))
          .build();
    }
    long id = templates.importTemplate(reading.draft(), finalTitle, finalProduct, finalRegulation);
    return Response.created(
            uri.getBaseUriBuilder().path("templates").path(Long.toString(id)).build())
        .entity(templates.row(id))
        .build();
  }

  /**
   * Takes a control out of the template, as a new revision: assessments made from it get a pending
   * update to accept. Answers the template's line after the change.
   */
  @DELETE
  @Path("{id}/controls/{controlId}")
  @RolesAllowed(Permission.Names.MANAGE_TEMPLATES)
  public TemplateRow removeControl(
      @PathParam("id") long id, @PathParam("controlId") long controlId) {
    return templates.removeControl(id, controlId);
  }

  /** A file part, read up to one byte past the limit and checked as the import page checks it. */
  private static byte[] file(String part, String role, EntityPart entity, Kind kind)
      throws IOException {
    String fileName = entity.getFileName().orElse(null);
    byte[] content;
    try (InputStream in = entity.getContent()) {
      content = in.readNBytes((int) TemplateUploads.MAX_FILE_BYTES + 1);
    }
    TemplateUploads.Refusal refusal =
        TemplateUploads.checkContent(role, fileName, content, kind).orElse(null);
    if (refusal == null) {
      return content;
    }
    if (refusal.tooLarge()) {
      throw new ProblemException(
          new Problem(
              "urn:complyscore:problem:request-entity-too-large",
              "Request Entity Too Large",
              413,
              refusal.message(),
              List.of(new Problem.FieldError(part, refusal.message()))));
    }
    throw new InvalidInputException(part, refusal.message());
  }

  /** A form field's text, or {@code null} when it is missing or blank. */
  private static String text(EntityPart field) throws IOException {
    if (field == null) {
      return null;
    }
    try (InputStream in = field.getContent()) {
      String value = new String(in.readNBytes(4096), StandardCharsets.UTF_8).strip();
      return value.isEmpty() ? null : value;
    }
  }
}
