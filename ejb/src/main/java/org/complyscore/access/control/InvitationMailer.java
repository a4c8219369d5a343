package org.complyscore.access.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.complyscore.access.entity.Invitation;
import org.complyscore.mail.control.MailMessage;
import org.complyscore.mail.control.MailOutbox;
import org.complyscore.mail.control.MailSettings;
import org.complyscore.mail.control.MailTexts;

/**
 * Writes the invitation mail with its one-time link and puts it into the outbox, in the transaction
 * that creates or renews the invitation.
 */
@Dependent
public class InvitationMailer {

  /** The acceptance page, open to everyone. */
  public static final String ACCEPT_PAGE = "invitation";

  private static final DateTimeFormatter EXPIRY =
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG)
          .withLocale(Locale.ENGLISH)
          .withZone(ZoneId.systemDefault());

  @Inject private MailOutbox outbox;

  @Inject private MailSettings settings;

  public void send(Invitation invitation, String token) {
    MailTexts texts = MailTexts.in(Locale.ENGLISH);
    String inviter = invitation.getInvitedBy().getDisplayName();
    String role = texts.text("role." + invitation.getRole().name());
    String link = link(token).toString();
    String expires = EXPIRY.format(invitation.getExpiresAt());
    outbox.enqueue(
        new MailMessage(
            invitation.getEmail(),
            texts.text("invitation.subject", inviter),
            texts.text("invitation.text", inviter, role, link, expires),
            texts.html("invitation.html", inviter, role, link, expires)));
  }

  public URI link(String token) {
    return settings.link(
        ACCEPT_PAGE + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
  }
}
