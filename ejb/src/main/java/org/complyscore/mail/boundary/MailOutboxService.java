package org.complyscore.mail.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.complyscore.access.entity.Permission;
import org.complyscore.audit.control.AuditLog;
import org.complyscore.audit.entity.AuditEventType;
import org.complyscore.mail.control.MailQueued;
import org.complyscore.mail.entity.OutboxMail;
import org.complyscore.mail.entity.OutboxMailStatus;

/** The mail outbox for administrators: what waits, what went out, what failed. */
@Stateless
@RolesAllowed(Permission.Names.VIEW_AUDIT_LOG)
public class MailOutboxService {

  public static final int MAX_PAGE_SIZE = 500;

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext session;

  @Inject private AuditLog auditLog;

  @Inject private Event<MailQueued> queued;

  public List<OutboxEntry> recent(int first, int size) {
    return em.createNamedQuery(OutboxMail.FIND_RECENT, OutboxMail.class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE_SIZE)))
        .getResultStream()
        .map(OutboxEntry::of)
        .toList();
  }

  /** How many mails are in each status. */
  public Map<OutboxMailStatus, Long> counts() {
    Map<OutboxMailStatus, Long> counts = new EnumMap<>(OutboxMailStatus.class);
    for (OutboxMailStatus status : OutboxMailStatus.values()) {
      counts.put(status, 0L);
    }
    for (Object[] row :
        em.createNamedQuery(OutboxMail.COUNT_BY_STATUS, Object[].class).getResultList()) {
      counts.put((OutboxMailStatus) row[0], (Long) row[1]);
    }
    return counts;
  }

  /** Another round of attempts for a mail that was given up, for example after fixing SMTP. */
  @RolesAllowed(Permission.Names.MANAGE_USERS)
  public OutboxEntry retry(long mailId) {
    OutboxMail mail = em.find(OutboxMail.class, mailId);
    if (mail == null || mail.getStatus() != OutboxMailStatus.FAILED) {
      throw new MailNotRetryableException(mailId);
    }
    mail.retry(Instant.now());
    auditLog.record(
        AuditEventType.MAIL_RETRIED,
        session.getCallerPrincipal().getName(),
        mail.getRecipient(),
        "\"" + mail.getSubject() + "\"");
    queued.fire(new MailQueued(mailId));
    return OutboxEntry.of(mail);
  }
}
