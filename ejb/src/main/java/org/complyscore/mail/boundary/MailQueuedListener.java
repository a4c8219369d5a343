package org.complyscore.mail.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.complyscore.mail.control.MailQueued;

/** Starts sending as soon as the transaction that queued a mail has committed. */
@ApplicationScoped
public class MailQueuedListener {

  @Inject private OutboxSender sender;

  void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
    sender.sendSoon();
  }
}
