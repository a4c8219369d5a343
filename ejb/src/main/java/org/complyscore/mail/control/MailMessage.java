package org.complyscore.mail.control;

import java.util.Objects;

/** A mail to send: one recipient, a subject, and the same text as plain text and as HTML. */
public record MailMessage(String recipient, String subject, String textBody, String htmlBody) {

  public MailMessage {
    Objects.requireNonNull(recipient, "A recipient is required.");
    Objects.requireNonNull(subject, "A subject is required.");
    Objects.requireNonNull(textBody, "A text body is required.");
    Objects.requireNonNull(htmlBody, "An HTML body is required.");
  }
}
