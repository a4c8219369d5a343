package org.complyscore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.complyscore.e2e.support.Mailbox;
import org.complyscore.e2e.support.TestAccounts;
import org.complyscore.e2e.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What happens to invitation links over their life: used once, revoked, replaced by a resend; and
 * the refusals around inviting (an existing account, a role the inviter may not grant, bad input).
 * Expiry is tested in the services' integration tests, where time can be set.
 */
class InvitationLifecycleIT {

  private static final String INVALID = "This invitation link does not work any more";

  private static Mailbox mailbox;
  private final WebSession owner = new WebSession();

  @BeforeAll
  static void startMail() {
    mailbox = Mailbox.start();
  }

  @AfterAll
  static void stopMail() {
    mailbox.close();
  }

  @Test
  void aLinkWorksOnceAndThenShowsTheSameExplanationAsAnyBadLink() {
    owner.signInAsAdmin();
    String email = TestAccounts.uniqueEmail("once");
    TestAccounts.invite(owner, email, "READER");
    String link = mailbox.awaitInvitationLink(email);

    HttpResponse<String> accepted = TestAccounts.accept(link, "Once Only", TestAccounts.PASSWORD);
    assertThat(accepted.statusCode()).isEqualTo(302);

    assertThat(new WebSession().get(URI.create(link)).body()).contains(INVALID);
    assertThat(new WebSession().get("invitation?token=made-up-token").body()).contains(INVALID);
    assertThat(new WebSession().get("invitation").body()).contains(INVALID);
    assertThat(new WebSession().get(URI.create(link)).body()).doesNotContain("accept-form");
  }

  @Test
  void aRevokedLinkStopsWorking() {
    owner.signInAsAdmin();
    String email = TestAccounts.uniqueEmail("revoked");
    long id = id(TestAccounts.invite(owner, email, "READER"));
    String link = mailbox.awaitInvitationLink(email);

    assertThat(owner.json("DELETE", "api/invitations/" + id, null).statusCode()).isEqualTo(204);

    assertThat(new WebSession().get(URI.create(link)).body()).contains(INVALID);
    assertThat(owner.json("GET", "api/invitations", null).body()).doesNotContain(email);
  }

  @Test
  void resendingReplacesTheLinkAndTheOldOneStopsWorking() {
    owner.signInAsAdmin();
    String email = TestAccounts.uniqueEmail("resent");
    long id = id(TestAccounts.invite(owner, email, "ASSESSOR"));
    String first = mailbox.awaitInvitationLink(email);

    assertThat(owner.json("POST", "api/invitations/" + id + "/resend", null).statusCode())
        .isEqualTo(200);
    mailbox.awaitMails(email, 2, Duration.ofSeconds(30));
    String second = mailbox.awaitInvitationLink(email);

    assertThat(second).isNotEqualTo(first);
    assertThat(new WebSession().get(URI.create(first)).body()).contains(INVALID);
    assertThat(new WebSession().get(URI.create(second)).body())
        .contains("invites you to join as Assessor");
  }

  @Test
  void invitingAnExistingAccountOrWithoutAnAddressIsRefusedClearly() {
    owner.signInAsAdmin();

    HttpResponse<String> existing =
        owner.json("POST", "api/invitations", "{\"email\":\"ADMIN\",\"role\":\"READER\"}");
    assertThat(existing.statusCode()).isEqualTo(400);
    assertThat(existing.body()).contains("\"name\":\"email\"").contains("is not an e-mail address");

    String email = TestAccounts.uniqueEmail("twice");
    TestAccounts.invite(owner, email, "READER");
    TestAccounts.accept(mailbox.awaitInvitationLink(email), "Twice", TestAccounts.PASSWORD);
    HttpResponse<String> again =
        owner.json("POST", "api/invitations", "{\"email\":\"" + email + "\",\"role\":\"READER\"}");
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(again.body()).contains("An account for " + email + " exists already");

    HttpResponse<String> badRole =
        owner.json("POST", "api/invitations", "{\"email\":\"x@example.test\",\"role\":\"KING\"}");
    assertThat(badRole.statusCode()).isEqualTo(400);
    assertThat(badRole.body()).contains("\\\"KING\\\" is not a role");

    HttpResponse<String> notJson = owner.json("POST", "api/invitations", "{\"email\":");
    assertThat(notJson.statusCode()).isEqualTo(400);
  }

  @Test
  void anAdministratorCannotInviteOrMakeOwnersButManagesTheLesserRoles() {
    WebSession administrator = TestAccounts.create(mailbox, "ADMINISTRATOR").signedIn();

    HttpResponse<String> owners =
        administrator.json(
            "POST",
            "api/invitations",
            "{\"email\":\""
                + TestAccounts.uniqueEmail("would-be-owner")
                + "\",\"role\":\"OWNER\"}");
    assertThat(owners.statusCode()).isEqualTo(403);
    assertThat(owners.body())
        .contains("Only an Owner can invite someone as Administrator or Owner.");

    TestAccounts.Account reader = TestAccounts.create(mailbox, "READER");
    long readerId = userId(administrator, reader.email());
    HttpResponse<String> promoted =
        administrator.json("PUT", "api/users/" + readerId + "/role", "{\"role\":\"ASSESSOR\"}");
    assertThat(promoted.statusCode()).isEqualTo(200);
    assertThat(promoted.body()).contains("\"role\":\"ASSESSOR\"");
    HttpResponse<String> tooHigh =
        administrator.json("PUT", "api/users/" + readerId + "/role", "{\"role\":\"OWNER\"}");
    assertThat(tooHigh.statusCode()).isEqualTo(403);
  }

  @Test
  void theLastOwnerCannotBeDemotedNorDeactivated() {
    owner.signInAsAdmin();
    long adminId = userId(owner, "admin");

    HttpResponse<String> demoted =
        owner.json("PUT", "api/users/" + adminId + "/role", "{\"role\":\"READER\"}");
    assertThat(demoted.statusCode()).isEqualTo(422);
    assertThat(demoted.body()).contains("ComplyScore needs at least one active Owner");

    HttpResponse<String> deactivated =
        owner.json("POST", "api/users/" + adminId + "/deactivate", null);
    assertThat(deactivated.statusCode()).isEqualTo(403);
    assertThat(owner.json("GET", "api/users/me", null).body()).contains("\"role\":\"OWNER\"");
  }

  @Test
  void aDeactivatedPersonsSessionEndsAndTheyCannotSignInAgain() {
    owner.signInAsAdmin();
    TestAccounts.Account contributor = TestAccounts.create(mailbox, "CONTRIBUTOR");
    WebSession theirSession = contributor.signedIn();
    assertThat(theirSession.json("GET", "api/users/me", null).statusCode()).isEqualTo(200);

    long id = userId(owner, contributor.email());
    assertThat(owner.json("POST", "api/users/" + id + "/deactivate", null).statusCode())
        .isEqualTo(200);

    assertThat(theirSession.json("GET", "api/users/me", null).statusCode()).isEqualTo(401);
    assertThat(new WebSession().signIn(contributor.email(), TestAccounts.PASSWORD).body())
        .contains("Sign-in failed");
    assertThat(owner.json("GET", "api/audit-events", null).body())
        .contains("\"type\":\"USER_DEACTIVATED\"")
        .contains("\"subject\":\"" + contributor.email() + "\"");
  }

  @Test
  void pagingParametersOutOfRangeAreRefusedByName() {
    owner.signInAsAdmin();

    HttpResponse<String> size = owner.json("GET", "api/audit-events?size=0", null);
    HttpResponse<String> first = owner.json("GET", "api/mail-outbox?first=-1", null);

    assertThat(size.statusCode()).isEqualTo(400);
    assertThat(size.body()).contains("\"name\":\"size\"").contains("size is between 1 and 500.");
    assertThat(first.statusCode()).isEqualTo(400);
    assertThat(first.body()).contains("\"name\":\"first\"");
  }

  private static long id(HttpResponse<String> created) {
    try (var reader = Json.createReader(new StringReader(created.body()))) {
      return reader.readObject().getJsonNumber("id").longValue();
    }
  }

  private static long userId(WebSession session, String username) {
    String body = session.json("GET", "api/users", null).body();
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readArray().stream()
          .map(value -> (JsonObject) value)
          .filter(user -> user.getString("username").equals(username))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no user " + username + " in " + body))
          .getJsonNumber("id")
          .longValue();
    }
  }
}
