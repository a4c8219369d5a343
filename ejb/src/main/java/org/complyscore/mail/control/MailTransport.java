package org.complyscore.mail.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import org.complyscore.mail.entity.OutboxMail;

/**
 * Hands one outbox mail to the SMTP server of the mail session {@code mail/complyscore} that the
 * server configuration creates, as multipart/alternative (plain text and HTML).
 */
@ApplicationScoped
public class MailTransport {

  @Resource(lookup = "mail/complyscore")
  private Session session;

  public void send(OutboxMail mail) throws MessagingException {
    MimeMessage message = new OutboxMimeMessage(session, mail.getId());
    message.setFrom();
    message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.getRecipient()));
    message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.getTextBody(), StandardCharsets.UTF_8.name(), "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.getHtmlBody(), StandardCharsets.UTF_8.name(), "html");
    MimeMultipart alternatives = new MimeMultipart("alternative", text, html);
    message.setContent(alternatives);
    message.setSentDate(new java.util.Date());
    Transport.send(message);
  }

  /**
   * The Message-ID names the outbox entry, so that if a mail is ever handed over twice (the server
   * stopped between sending and recording it) mail systems can tell the copies are one mail.
   */
  private static final class OutboxMimeMessage extends MimeMessage {

    private final long outboxId;

    OutboxMimeMessage(Session session, long outboxId) {
      super(session);
      this.outboxId = outboxId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", "<outbox-" + outboxId + "@complyscore>");
    }
  }
}
