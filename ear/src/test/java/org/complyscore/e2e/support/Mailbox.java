package org.complyscore.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) on the port the test domain's mail session points to. Tests that
 * read mail start one; each test uses addresses of its own, so mail meant for another test class
 * (sent late by the outbox's retries) does not disturb it.
 */
public final class Mailbox implements AutoCloseable {

  private static final Pattern INVITATION_LINK =
      Pattern.compile("(https?://\\S+/invitation\\?token=[A-Za-z0-9_%-]+)");

  private final GreenMail greenMail;

  private Mailbox(GreenMail greenMail) {
    this.greenMail = greenMail;
  }

  public static Mailbox start() {
    ServerSetup smtp =
        new ServerSetup(Integer.parseInt(TestServer.setting("it.smtp.port")), "127.0.0.1", "smtp");
    smtp.setServerStartupTimeout(10_000);
    GreenMail greenMail = new GreenMail(smtp);
    greenMail.start();
    return new Mailbox(greenMail);
  }

  /** Every mail received so far for this address. */
  public List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(message -> recipients(message).contains(address))
        .toList();
  }

  /** Waits until this many mails for the address have arrived, and returns them. */
  public List<MimeMessage> awaitMails(String address, int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<MimeMessage> mails = mailsTo(address);
    while (mails.size() < count && System.nanoTime() < deadline) {
      sleep(200);
      mails = mailsTo(address);
    }
    assertThat(mails)
        .as("mails to %s after %s", address, timeout)
        .hasSizeGreaterThanOrEqualTo(count);
    return mails;
  }

  /** The one-time link of the newest invitation mail to this address. */
  public String awaitInvitationLink(String address) {
    List<MimeMessage> mails = awaitMails(address, 1, Duration.ofSeconds(30));
    return invitationLink(mails.get(mails.size() - 1));
  }

  public static String invitationLink(MimeMessage mail) {
    String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
    Matcher matcher = INVITATION_LINK.matcher(body);
    assertThat(matcher.find()).as("an invitation link in:%n%s", body).isTrue();
    return matcher.group(1);
  }

  private static String recipients(MimeMessage message) {
    try {
      return String.join(
          ",", Arrays.stream(message.getAllRecipients()).map(Object::toString).toList());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    greenMail.stop();
  }
}
