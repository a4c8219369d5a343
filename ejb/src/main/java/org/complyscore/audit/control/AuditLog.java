package org.complyscore.audit.control;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.complyscore.audit.entity.AuditEvent;
import org.complyscore.audit.entity.AuditEventType;

/**
 * Writes audit events in the caller's transaction: an event is kept exactly when the change it
 * records is.
 */
@Dependent
public class AuditLog {

  @PersistenceContext private EntityManager em;

  @Inject private Instance<RequestOrigin> origin;

  /**
   * Records that {@code actor} (a user name, or what an unknown visitor typed) did {@code type} to
   * {@code subject}; {@code detail} says the rest in words.
   */
  public void record(AuditEventType type, String actor, String subject, String detail) {
    em.persist(new AuditEvent(type, actor, subject, detail, clientAddress()));
  }

  /** None for work that no request started (timers). */
  private String clientAddress() {
    try {
      return origin.get().getClientAddress();
    } catch (ContextNotActiveException noRequest) {
      return null;
    }
  }
}
