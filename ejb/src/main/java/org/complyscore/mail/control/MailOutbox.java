package org.complyscore.mail.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.complyscore.mail.entity.OutboxMail;

/**
 * Puts mails into the outbox in the caller's transaction: a mail exists exactly when the change
 * that causes it was saved. Nothing is sent here; the sender picks the mail up once the transaction
 * commits.
 */
@Dependent
public class MailOutbox {

  @PersistenceContext private EntityManager em;

  @Inject private Event<MailQueued> queued;

  public OutboxMail enqueue(MailMessage message) {
    OutboxMail mail =
        new OutboxMail(
            message.recipient(), message.subject(), message.textBody(), message.htmlBody());
    em.persist(mail);
    queued.fire(new MailQueued(mail.getId()));
    return mail;
  }
}
