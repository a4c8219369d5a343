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
import org.complyscore.shared.rest.Downloads;
import org.complyscore.shared.rest.Problem;
import org.complyscore.shared.rest.ProblemException;
import org.complyscore.template.boundary.TemplateDetails;
import org.complyscore.template.boundary.TemplateReview;
import org.complyscore.template.boundary.TemplateRow;
import org.complyscore.template.boundary.TemplateService;
import org.complyscore.template.control.OscalFormatException;
import org.complyscore.template.control.TemplateStore;
import org.complyscore.template.view.TemplateUploads;
import org.complyscore.template.view.TemplateUploads.Kind;

/**
 * Templates (F44–F47): {@code /api/templates}. Imports and extensions take their files as
 * multipart/form-data (Jakarta REST 3.1's {@link EntityPart}, which Payara's Jersey serves with its
 * multipart feature registered by itself), are checked like the pages check them, and with {@code
 * ?review=true} answer what would be imported without storing anything.
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

  /**
   * What an extension added.
   *
   * @param template the template's line after it
   */
  public record ExtensionResponse(
      int revision, int controlsAdded, int actionsCreated, int linksAdded, TemplateRow template) {

    static ExtensionResponse of(TemplateStore.Extension extension, TemplateRow template) {
      return new ExtensionResponse(
          extension.revision(),
          extension.controlsAdded(),
          extension.actionsCreated(),
          extension.linksAdded(),
          template);
    }
  }

  @GET
  public List<TemplateRow> list() {
    return templates.list();
  }

  @GET
  @Path("{id}")
  public TemplateDetails details(@PathParam("id") long id) {
    return templates.details(id);
  }

  /** The template in the Excel import format, to edit and import again or to extend another. */
  @GET
  @Path("{id}/workbook")
  @Produces(XLSX)
  public Response workbook(@PathParam("id") long id) {
    TemplateRow row = templates.row(id);
    return Downloads.attachment(templates.workbook(id), XLSX, fileName(row.title(), id));
  }

  /** A small template in the import format: where a workbook of one's own starts. */
  @GET
  @Path("sample-workbook")
  @Produces(XLSX)
  public Response sampleWorkbook() {
    return Downloads.attachment(
        templates.sampleWorkbook(), XLSX, "complyscore-template-sample.xlsx");
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

  /** {@code curl -F workbook=@template.xlsx -F title=… …/import/excel}. */
  @POST
  @Path("import/excel")
  @Consumes(MediaType.WILDCARD)
  @TemplateUpload
  @RolesAllowed(Permission.Names.MANAGE_TEMPLATES)
  public Response importExcel(
      @FormParam("workbook") EntityPart workbook,
      @FormParam("title") EntityPart title,
      @FormParam("product") EntityPart product,
      @FormParam("regulation") EntityPart regulation,
      @QueryParam("review") boolean review,
      @Context UriInfo uri)
      throws IOException {
    byte[] bytes = workbook(workbook);
    TemplateReview reading = templates.reviewExcel(bytes);
    return answer(reading, text(title), text(product), text(regulation), review, uri);
  }

  /**
   * Adds a workbook's controls and actions to the template as a new revision: {@code curl -F
   * workbook=@extension.xlsx …/templates/5/extension}. Its Template sheet names the template. With
   * {@code ?review=true}, what it would add; otherwise what it added.
   */
  @POST
  @Path("{id}/extension")
  @Consumes(MediaType.WILDCARD)
  @TemplateUpload
  @RolesAllowed(Permission.Names.MANAGE_TEMPLATES)
  public Response extend(
      @PathParam("id") long id,
      @FormParam("workbook") EntityPart workbook,
      @QueryParam("review") boolean review)
      throws IOException {
    byte[] bytes = workbook(workbook);
    TemplateReview reading = templates.reviewExtension(id, bytes);
    if (review) {
      return Response.ok(reviewResponse(reading, null, null, null)).build();
    }
    TemplateStore.Extension extension = templates.extend(id, reading.draft());
    return Response.ok(ExtensionResponse.of(extension, templates.row(id))).build();
  }

  private static byte[] workbook(EntityPart workbook) throws IOException {
    if (workbook == null) {
      throw new InvalidInputException(
          "workbook", "Give the Excel workbook (.xlsx) as the part \"workbook\".");
    }
    return file("workbook", "The workbook", workbook, Kind.WORKBOOK);
  }

  /**
   * A download's name made from a template's title: letters, digits and a few signs, so that no
   * file system or header is surprised.
   */
  static String fileName(String title, long id) {
    String name =
        title == null
            ? ""
            : title
                .replaceAll("[^\\p{L}\\p{N} ._()-]+", "-")
                .replaceAll("\\s+", " ")
                .replaceAll("-{2,}", "-")
                .strip();
    name = name.replaceAll("^[.-]+", "");
    if (name.length() > 100) {
      name = name.substring(0, 100).strip();
    }
    return (name.isEmpty() ? "template-" + id : name) + ".xlsx";
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
      return Response.ok(reviewResponse(reading, title, product, regulation)).build();
    }
    long id = templates.importTemplate(reading.draft(), finalTitle, finalProduct, finalRegulation);
    return Response.created(
            uri.getBaseUriBuilder().path("templates").path(Long.toString(id)).build())
        .entity(templates.row(id))
        .build();
  }

  /** The review as JSON, under the names given (the file's where none is). */
  private ReviewResponse reviewResponse(
      TemplateReview reading, String title, String product, String regulation) {
    String finalTitle = title == null ? reading.draft().title() : title;
    boolean titleTaken =
        title == null
            ? reading.titleTaken()
            : templates.list().stream().anyMatch(row -> row.title().equals(finalTitle.strip()));
    return new ReviewResponse(
        finalTitle,
        product == null ? reading.draft().product() : product,
        regulation == null ? reading.draft().regulation() : regulation,
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
        reading.notes());
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
