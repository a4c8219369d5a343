package org.complyscore.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.complyscore.access.entity.Permission;
import org.complyscore.audit.entity.AuditEvent;

/** Reading the audit log, newest first, a page at a time. */
@Stateless
@RolesAllowed(Permission.Names.VIEW_AUDIT_LOG)
public class AuditLogService {

  public static final int MAX_PAGE_SIZE = 500;

  @PersistenceContext private EntityManager em;

  public List<AuditEntry> page(int first, int size) {
    return em.createNamedQuery(AuditEvent.FIND_RECENT, AuditEvent.class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE_SIZE)))
        .getResultStream()
        .map(AuditEntry::of)
        .toList();
  }

  public long count() {
    return em.createNamedQuery(AuditEvent.COUNT, Long.class).getSingleResult();
  }
}
