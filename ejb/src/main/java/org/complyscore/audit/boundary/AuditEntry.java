package org.complyscore.audit.boundary;

import java.time.Instant;
import org.complyscore.audit.entity.AuditEvent;
import org.complyscore.audit.entity.AuditEventType;

/** One line of the audit log as pages and the REST API show it. */
public record AuditEntry(
    long id,
    Instant at,
    AuditEventType type,
    String actor,
    String subject,
    String detail,
    String clientAddress) {

  static AuditEntry of(AuditEvent event) {
    return new AuditEntry(
        event.getId(),
        event.getCreatedAt(),
        event.getType(),
        event.getActor().orElse(null),
        event.getSubject().orElse(null),
        event.getDetail().orElse(null),
        event.getClientAddress().orElse(null));
  }
}
