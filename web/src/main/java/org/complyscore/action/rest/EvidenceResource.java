package org.complyscore.action.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.complyscore.access.entity.Permission;
import org.complyscore.action.boundary.EvidenceDownload;
import org.complyscore.action.boundary.EvidenceService;
import org.complyscore.shared.rest.Downloads;

/**
 * One piece of evidence: {@code /api/evidence/{id}}. Files are always downloaded as attachments
 * with the content type their checked kind has, so an uploaded page can never run in ComplyScore's
 * origin. Files are uploaded on the details page; links are added with {@code POST
 * /api/actions/{id}/evidence/links}.
 */
@Path("evidence")
@RolesAllowed(Permission.Names.VIEW)
public class EvidenceResource {

  @Inject private EvidenceService evidence;

  @GET
  @Path("{id}/content")
  public Response content(@PathParam("id") long id) {
    EvidenceDownload file = evidence.download(id);
    return Response.fromResponse(
            Downloads.attachment(file.content(), file.contentType(), file.fileName()))
        .header("X-Content-SHA256", file.sha256())
        .build();
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Permission.Names.EDIT_IMPLEMENTATION)
  public Response delete(@PathParam("id") long id) {
    evidence.delete(id);
    return Response.noContent().build();
  }
}
