package org.complyscore.mail.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import org.complyscore.audit.control.AuditLog;
import org.complyscore.audit.entity.AuditEventType;
import org.complyscore.mail.control.MailSettings;
import org.complyscore.mail.control.MailTransport;
import org.complyscore.mail.entity.OutboxMail;
import org.complyscore.mail.entity.OutboxMailStatus;

/**
 * Sends one due mail of the outbox per transaction. The mail's row stays locked while it is sent,
 * so two servers on one database (or two rounds on one) never send it twice; sending and recording
 * the result commit together. Called by {@link OutboxSender} only: nobody signs in to send mail.
 */
@Stateless
@PermitAll
public class OutboxDelivery {

  private static final System.Logger LOG = System.getLogger(OutboxDelivery.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private MailTransport transport;

  @Inject private MailSettings settings;

  @Inject private AuditLog auditLog;

  /** The ids of mails whose next attempt is due, oldest first. */
  public List<Long> dueMails(Instant now, int limit) {
    return em.createNamedQuery(OutboxMail.FIND_DUE, Long.class)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Tries to send the mail, if it is still due once locked; true when it went out. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean deliver(long mailId) {
    OutboxMail mail = em.find(OutboxMail.class, mailId, LockModeType.PESSIMISTIC_WRITE);
    Instant now = Instant.now();
    if (mail == null || !mail.isDue(now)) {
      return false;
    }
    try {
      transport.send(mail);
      mail.markSent(Instant.now());
      return true;
    } catch (MessagingException | RuntimeException e) {
      mail.recordFailure(describe(e), now, settings.retryPolicy());
      if (mail.getStatus() == OutboxMailStatus.FAILED) {
        LOG.log(
            Level.WARNING,
            "Gave up mail {0} to {1} after {2} attempts: {3}",
            mail.getId(),
            mail.getRecipient(),
            mail.getAttempts(),
            mail.getLastError().orElse(""));
        auditLog.record(
            AuditEventType.MAIL_FAILED,
            null,
            mail.getRecipient(),
            "\"" + mail.getSubject() + "\" not sent after " + mail.getAttempts() + " attempts");
      } else {
        LOG.log(
            Level.INFO,
            "Mail {0} not sent (attempt {1}), next try at {2}: {3}",
            mail.getId(),
            mail.getAttempts(),
            mail.getNextAttemptAt(),
            mail.getLastError().orElse(""));
      }
      return false;
    }
  }

  /** The innermost cause says what went wrong ("Connection refused"), the outer ones where. */
  private static String describe(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    return root == error || root.getMessage() == null
        ? message
        : message + " (" + root.getMessage() + ")";
  }
}
