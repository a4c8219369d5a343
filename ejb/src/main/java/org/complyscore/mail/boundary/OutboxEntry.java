package org.complyscore.mail.boundary;

import java.time.Instant;
import org.complyscore.mail.entity.OutboxMail;
import org.complyscore.mail.entity.OutboxMailStatus;

/** One mail of the outbox as administrators see it (without its body). */
public record OutboxEntry(
    long id,
    Instant queuedAt,
    String recipient,
    String subject,
    OutboxMailStatus status,
    int attempts,
    Instant nextAttemptAt,
    Instant sentAt,
    String lastError) {

  static OutboxEntry of(OutboxMail mail) {
    return new OutboxEntry(
        mail.getId(),
        mail.getCreatedAt(),
        mail.getRecipient(),
        mail.getSubject(),
        mail.getStatus(),
        mail.getAttempts(),
        mail.getNextAttemptAt(),
        mail.getSentAt().orElse(null),
        mail.getLastError().orElse(null));
  }
}
