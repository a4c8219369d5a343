package org.complyscore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.List;
import org.complyscore.e2e.support.Browser;
import org.complyscore.e2e.support.LoginPage;
import org.complyscore.e2e.support.Mailbox;
import org.complyscore.e2e.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The invitation of issue 4, as people do it: the Owner invites in the browser, the mail arrives at
 * a real SMTP server, the invitee follows the link in a browser of their own, sets a password and
 * is signed in with the invited role, without Settings.
 */
class InvitationBrowserIT {

  private static Mailbox mailbox;

  @BeforeAll
  static void startMail() {
    mailbox = Mailbox.start();
  }

  @AfterAll
  static void stopMail() {
    mailbox.close();
  }

  @Test
  void theOwnerInvitesAContributorWhoJoinsThroughTheMailedLink() throws Exception {
    String email = TestAccounts.uniqueEmail("new.person");
    try (Browser owner = Browser.start(1280, 900)) {
      LoginPage.open(owner).signIn("admin", org.complyscore.e2e.support.TestServer.adminPassword());
      owner.driver().findElement(By.id("nav-invitations")).click();
      owner.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("invite-form")));
      owner.driver().findElement(By.id("invite-form:email")).sendKeys(email);
      chooseRole(owner, "invite-form:role", "Contributor");
      owner.driver().findElement(By.id("invite-form:invite")).click();
      owner
          .waiting()
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("pending-form"), email));
      assertThat(owner.driver().findElement(By.id("page-messages")).getText())
          .contains("The invitation to " + email + " as Contributor is on its way.");
      owner.screenshot("invitations-sent");
      owner.driver().findElement(By.id("nav-users")).click();
      owner.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("users-form")));
      assertThat(owner.driver().findElement(By.id("users-form")).getText())
          .contains("Administrator")
          .contains("Reassign improvement actions");
      owner.screenshot("users");
    }

    List<MimeMessage> mails = mailbox.awaitMails(email, 1, Duration.ofSeconds(30));
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails.get(0);
    assertThat(mail.getSubject()).isEqualTo("Administrator invites you to ComplyScore");
    MimeMultipart parts = (MimeMultipart) mail.getContent();
    assertThat(parts.getContentType()).startsWith("multipart/alternative");
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
    assertThat(GreenMailUtil.getBody(parts.getBodyPart(0)))
        .contains("You will join as Contributor.");
    String link = Mailbox.invitationLink(mail);
    assertThat(link).startsWith(org.complyscore.e2e.support.TestServer.base().toString());

    try (Browser invitee = Browser.start(1280, 900)) {
      invitee.driver().get(link);
      invitee.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("accept-form")));
      assertThat(invitee.driver().findElement(By.id("invitation-offer")).getText())
          .contains("Administrator invites you to join as Contributor.");
      invitee.screenshot("invitation-accept");
      invitee.driver().findElement(By.id("accept-form:display-name")).sendKeys("New Person");
      invitee.driver().findElement(By.id("accept-form:password")).sendKeys("short");
      invitee.driver().findElement(By.id("accept-form:password-again")).sendKeys("short");
      invitee.driver().findElement(By.id("accept-form:accept")).click();
      invitee
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("accept-form"), "A password needs at least 12 characters."));
      invitee.screenshot("invitation-weak-password");

      enterPasswords(invitee, TestAccounts.PASSWORD);
      invitee.driver().findElement(By.id("accept-form:accept")).click();
      invitee
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("score-percent")));
      assertThat(invitee.driver().findElement(By.id("signed-in-user")).getText())
          .contains("New Person")
          .contains("Contributor");
      assertThat(invitee.driver().findElement(By.id("page-messages")).getText())
          .contains("Welcome to ComplyScore, New Person.");
      assertThat(invitee.driver().findElements(By.id("nav-settings"))).isEmpty();
      invitee.screenshot("invitation-joined");

      invitee.open("settings/users");
      assertThat(invitee.driver().getTitle()).startsWith("Not allowed");

      invitee.driver().get(link);
      invitee
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("invitation-invalid")));
      invitee.screenshot("invitation-used-link");
    }
  }

  private static void enterPasswords(Browser browser, String password) {
    for (String id : List.of("accept-form:password", "accept-form:password-again")) {
      var field = browser.driver().findElement(By.id(id));
      field.clear();
      field.sendKeys(password);
    }
  }

  /** PrimeFaces' select: open it, click the label. */
  private static void chooseRole(Browser browser, String id, String label) {
    browser.driver().findElement(By.id(id)).click();
    browser
        .waiting()
        .until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("li.ui-selectonemenu-item[data-label='" + label + "']")))
        .click();
  }
}
