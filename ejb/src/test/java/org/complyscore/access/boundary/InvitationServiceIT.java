package org.complyscore.access.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.complyscore.access.entity.Role;
import org.complyscore.shared.control.Secrets;
import org.complyscore.shared.entity.InvalidInputException;
import org.complyscore.testing.SignedInOwnerMechanism;
import org.complyscore.testing.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invitations on the real server and database: the mail is queued in the same transaction, only the
 * token's hash is stored, and a link works once, until it expires or is revoked.
 */
@ExtendWith(ArquillianExtension.class)
class InvitationServiceIT {

  @Deployment
  static WebArchive deployment() {
    return TestArchives.servicesWith(
        InvitationServiceIT.class, TestUsers.class, SignedInOwnerMechanism.class);
  }

  @Inject private InvitationService invitations;
  @Inject private TestUsers testUsers;

  @Resource(lookup = "jdbc/complyscore")
  private DataSource dataSource;

  @BeforeEach
  void theCallerHasAnAccount() {
    testUsers.ensure(SignedInOwnerMechanism.CALLER, Role.OWNER);
  }

  @Test
  void anInvitationQueuesItsMailWithTheLinkAndKeepsOnlyTheTokensHash() throws SQLException {
    String email = unique("queued");

    InvitationSummary sent = invitations.invite(" " + email.toUpperCase() + " ", Role.CONTRIBUTOR);

    assertThat(sent.email()).isEqualTo(email);
    assertThat(sent.expiresAt()).isAfter(Instant.now().plusSeconds(6 * 24 * 3600));
    String body = single("select text_body from outbox_mail where recipient = ?", email);
    String token = body.replaceAll("(?s).*invitation\\?token=([A-Za-z0-9_-]+).*", "$1");
    assertThat(token).hasSize(43);
    String stored = single("select token_hash from invitation where id = ?", sent.id());
    assertThat(stored).isEqualTo(Secrets.tokenHash(token)).doesNotContain(token);
    assertThat(invitations.open(token)).map(InvitationOffer::role).contains(Role.CONTRIBUTOR);
  }

  @Test
  void aLinkCanBeUsedOnceOnly() throws SQLException {
    String email = unique("once");
    invitations.invite(email, Role.ASSESSOR);
    String token = tokenMailedTo(email);

    String username = invitations.accept(token, "  Ann Once ", "a long enough password");

    assertThat(username).isEqualTo(email);
    assertThat(testUsers.get(email).getRole()).isEqualTo(Role.ASSESSOR);
    assertThat(testUsers.get(email).getDisplayName()).isEqualTo("Ann Once");
    assertThat(invitations.open(token)).isEmpty();
    assertThatThrownBy(() -> invitations.accept(token, "Ann Twice", "a long enough password"))
        .isInstanceOf(InvitationUnavailableException.class);
  }

  @Test
  void anExpiredLinkDoesNotWork() throws SQLException {
    String email = unique("expired");
    InvitationSummary sent = invitations.invite(email, Role.READER);
    String token = tokenMailedTo(email);
    update(
        "update invitation set expires_at = ? where id = ?",
        Timestamp.from(Instant.now().minusSeconds(1)),
        sent.id());

    assertThat(invitations.open(token)).isEmpty();
    assertThatThrownBy(() -> invitations.accept(token, "Late", "a long enough password"))
        .isInstanceOf(InvitationUnavailableException.class)
        .hasMessageContaining("has expired, was used already or was withdrawn");
    assertThat(invitations.pending())
        .filteredOn(invitation -> invitation.id() == sent.id())
        .singleElement()
        .satisfies(invitation -> assertThat(invitation.expired()).isTrue());
  }

  @Test
  void aRevokedLinkDoesNotWorkAndAResentOneReplacesTheOld() throws SQLException {
    String revokedEmail = unique("revoked");
    InvitationSummary revoked = invitations.invite(revokedEmail, Role.READER);
    String revokedToken = tokenMailedTo(revokedEmail);
    invitations.revoke(revoked.id());
    assertThat(invitations.open(revokedToken)).isEmpty();
    assertThatThrownBy(() -> invitations.revoke(revoked.id()))
        .isInstanceOf(InvitationNotFoundException.class);

    String resentEmail = unique("resent");
    InvitationSummary resent = invitations.invite(resentEmail, Role.READER);
    String oldToken = tokenMailedTo(resentEmail);
    invitations.resend(resent.id());
    String newToken = tokenMailedTo(resentEmail);
    assertThat(newToken).isNotEqualTo(oldToken);
    assertThat(invitations.open(oldToken)).isEmpty();
    assertThat(invitations.open(newToken)).isPresent();
  }

  @Test
  void refusesWeakPasswordsMissingNamesAndBadAddressesWithTheField() throws SQLException {
    String email = unique("weak");
    invitations.invite(email, Role.READER);
    String token = tokenMailedTo(email);

    assertThatThrownBy(() -> invitations.accept(token, "Weak", "password1234"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("password"));
    assertThatThrownBy(() -> invitations.accept(token, "Short", "short"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("password"));
    assertThatThrownBy(() -> invitations.accept(token, "  ", "a long enough password"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("displayName"));
    assertThat(invitations.open(token)).as("still usable after refusals").isPresent();

    assertThatThrownBy(() -> invitations.invite("not an address", Role.READER))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("email"));
    assertThatThrownBy(() -> invitations.invite("admin", Role.READER))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void anAddressWithAnAccountIsNotInvited() {
    String email = unique("taken");
    testUsers.create(email, email, Role.READER, "a long enough password", true);

    assertThatThrownBy(() -> invitations.invite(email, Role.READER))
        .isInstanceOf(AccountExistsException.class)
        .hasMessage(
            "An account for "
                + email
                + " exists already: change its role in the list of users instead.");
  }

  private String tokenMailedTo(String email) throws SQLException {
    String body =
        single("select text_body from outbox_mail where recipient = ? order by id desc", email);
    return body.replaceAll("(?s).*invitation\\?token=([A-Za-z0-9_-]+).*", "$1");
  }

  private String single(String sql, Object parameter) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, parameter);
      try (ResultSet result = statement.executeQuery()) {
        assertThat(result.next()).as("a row for %s", parameter).isTrue();
        return result.getString(1);
      }
    }
  }

  private void update(String sql, Object... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      assertThat(statement.executeUpdate()).isEqualTo(1);
    }
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
  }
}
