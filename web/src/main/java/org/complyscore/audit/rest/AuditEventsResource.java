package org.complyscore.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.complyscore.access.entity.Permission;
import org.complyscore.audit.boundary.AuditEntry;
import org.complyscore.audit.boundary.AuditLogService;
import org.complyscore.shared.rest.PageParameters;

/** The audit log, newest first: {@code /api/audit-events?first=0&size=100}. */
@Path("audit-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permission.Names.VIEW_AUDIT_LOG)
public class AuditEventsResource {

  @Inject private AuditLogService auditLog;

  @GET
  public List<AuditEntry> events(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("100") int size) {
    PageParameters page = PageParameters.of(first, size, AuditLogService.MAX_PAGE_SIZE);
    return auditLog.page(page.first(), page.size());
  }
}
