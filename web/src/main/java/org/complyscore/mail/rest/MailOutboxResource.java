package org.complyscore.mail.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.complyscore.access.entity.Permission;
import org.complyscore.mail.boundary.MailOutboxService;
import org.complyscore.mail.boundary.OutboxEntry;
import org.complyscore.shared.rest.PageParameters;

/** The mail outbox for administrators: {@code /api/mail-outbox}. */
@Path("mail-outbox")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permission.Names.VIEW_AUDIT_LOG)
public class MailOutboxResource {

  @Inject private MailOutboxService outbox;

  @GET
  public List<OutboxEntry> recent(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("100") int size) {
    PageParameters page = PageParameters.of(first, size, MailOutboxService.MAX_PAGE_SIZE);
    return outbox.recent(page.first(), page.size());
  }

  @POST
  @Path("{id}/retry")
  @RolesAllowed(Permission.Names.MANAGE_USERS)
  public OutboxEntry retry(@PathParam("id") long id) {
    return outbox.retry(id);
  }
}
