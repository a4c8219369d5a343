package org.complyscore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.complyscore.e2e.support.Mailbox;
import org.complyscore.e2e.support.TestAccounts;
import org.complyscore.e2e.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * The mail outbox with the SMTP server gone: invitations are saved and their mails wait, retried
 * with pauses, and arrive once each when the server is back.
 */
class OutboxIT {

  @Test
  void threeInvitationsSentWhileSmtpIsDownArriveOnceEachWhenItIsBack() throws Exception {
    WebSession owner = new WebSession();
    owner.signInAsAdmin();
    List<String> invited =
        List.of(
            TestAccounts.uniqueEmail("outbox-a"),
            TestAccounts.uniqueEmail("outbox-b"),
            TestAccounts.uniqueEmail("outbox-c"));

    // No SMTP server listens now.
    invited.forEach(email -> TestAccounts.invite(owner, email, "READER"));

    awaitMails(owner, invited, mail -> mail.getInt("attempts") > 0, "tried while SMTP was down");
    for (JsonObject mail : outbox(owner, invited)) {
      assertThat(mail.getString("status")).isEqualTo("PENDING");
      assertThat(mail.getString("lastError")).isNotBlank();
    }

    try (Mailbox mailbox = Mailbox.start()) {
      for (String email : invited) {
        mailbox.awaitMails(email, 1, Duration.ofSeconds(30));
      }
      Thread.sleep(4_000); // several retry rounds: nothing may come twice
      for (String email : invited) {
        assertThat(mailbox.mailsTo(email)).as("mails to %s", email).hasSize(1);
      }
    }
    awaitMails(owner, invited, mail -> mail.getString("status").equals("SENT"), "marked sent");
  }

  /** The outbox entries of these recipients, as administrators see them over REST. */
  private static List<JsonObject> outbox(WebSession owner, List<String> recipients) {
    String body = owner.json("GET", "api/mail-outbox", null).body();
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readArray().stream()
          .map(JsonValue::asJsonObject)
          .filter(mail -> recipients.contains(mail.getString("recipient")))
          .toList();
    }
  }

  private static void awaitMails(
      WebSession owner, List<String> recipients, Predicate<JsonObject> condition, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    List<JsonObject> mails = outbox(owner, recipients);
    while (!(mails.size() == recipients.size() && mails.stream().allMatch(condition))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the mails were not " + what + ": " + mails);
      }
      Thread.sleep(200);
      mails = outbox(owner, recipients);
    }
  }
}
