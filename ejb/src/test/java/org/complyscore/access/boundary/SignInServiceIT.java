package org.complyscore.access.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.complyscore.access.control.PasswordHasher;
import org.complyscore.access.entity.Permission;
import org.complyscore.access.entity.Role;
import org.complyscore.testing.InContainerSettings;
import org.complyscore.testing.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing in on the real server: Flyway's schema on the configured database, the first Owner made
 * at start, the slow hash, and the same silent refusal for every kind of bad credentials.
 */
@ExtendWith(ArquillianExtension.class)
class SignInServiceIT {

  @Deployment
  static WebArchive deployment() {
    return TestArchives.servicesWith(SignInServiceIT.class, TestUsers.class);
  }

  @Inject private SignInService signInService;
  @Inject private UserService userService;
  @Inject private TestUsers testUsers;
  @Inject private PasswordHasher passwordHasher;

  @Resource(lookup = "jdbc/complyscore")
  private DataSource dataSource;

  @Test
  void flywayMigratedTheSchemaOfTheConfiguredDatabaseAtStart() throws SQLException {
    String expected = "postgresql".equals(InContainerSettings.get("it.db")) ? "PostgreSQL" : "H2";
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet applied =
            statement.executeQuery(
                "select count(*) from \"flyway_schema_history\" where \"version\" = '1' and \"success\"")) {
      assertThat(connection.getMetaData().getDatabaseProductName())
          .as("the database product the server talks to")
          .isEqualTo(expected);
      applied.next();
      assertThat(applied.getInt(1)).isEqualTo(1);
    }
  }

  @Test
  void theFirstStartCreatedTheOwnerAdminWithTheConfiguredPassword() {
    String password = InContainerSettings.get("it.admin.password");

    Caller admin = signInService.authenticate(" Admin ", password).caller().orElseThrow();

    assertThat(admin.username()).isEqualTo(FirstOwnerSetup.FIRST_OWNER);
    assertThat(admin.role()).isEqualTo(Role.OWNER);
    // Every permission but posting signals, which only an API token has (D34).
    assertThat(admin.groups())
        .isEqualTo(
            Arrays.stream(Permission.values())
                .filter(permission -> permission != Permission.SUBMIT_SIGNALS)
                .map(Permission::name)
                .collect(Collectors.toSet()));
  }

  @Test
  void signsInWithUserNameOrEmailAddressAndRecordsWhen() {
    String name = unique("jane");
    testUsers.create(name, name + "@example.org", Role.CONTRIBUTOR, "correct horse battery", true);

    assertThat(signInService.authenticate(name, "correct horse battery").caller())
        .map(Caller::role)
        .contains(Role.CONTRIBUTOR);
    assertThat(
            signInService
                .authenticate(name.toUpperCase() + "@EXAMPLE.ORG", "correct horse battery")
                .caller())
        .map(Caller::username)
        .contains(name);
    assertThat(testUsers.get(name).getLastSignInAt()).isPresent();
  }

  @Test
  void refusesWrongPasswordUnknownUserAndDeactivatedUserAlike() {
    String active = unique("active");
    String inactive = unique("inactive");
    testUsers.create(active, null, Role.READER, "the right password", true);
    testUsers.create(inactive, null, Role.OWNER, "the right password", false);

    assertThat(signInService.authenticate(active, "the wrong password").caller()).isEmpty();
    assertThat(signInService.authenticate(unique("nobody"), "the right password").caller())
        .isEmpty();
    assertThat(signInService.authenticate(inactive, "the right password").caller()).isEmpty();
    assertThat(signInService.authenticate(active, "").caller()).isEmpty();
    assertThat(signInService.authenticate(" ", "the right password").caller()).isEmpty();
    assertThat(signInService.authenticate(active, "x".repeat(100_000)).caller()).isEmpty();
    assertThat(testUsers.get(inactive).getLastSignInAt()).isEmpty();
  }

  @Test
  void keepsPasswordsOnlyAsSlowSaltedHashes() {
    String first = unique("salt-a");
    String second = unique("salt-b");
    testUsers.create(first, null, Role.READER, "the same password", true);
    testUsers.create(second, null, Role.READER, "the same password", true);

    Set<String> hashes =
        Set.of(testUsers.get(first).getPasswordHash(), testUsers.get(second).getPasswordHash());

    assertThat(hashes).hasSize(2).allMatch(hash -> hash.startsWith("PBKDF2WithHmacSHA512:210000:"));
    assertThat(hashes).noneMatch(hash -> hash.contains("the same password"));
    assertThat(passwordHasher.verify("the same password", testUsers.get(first).getPasswordHash()))
        .isTrue();
  }

  @Test
  void fiveFailuresWithinFifteenMinutesLockTheAccountEvenAgainstTheRightPassword() {
    String name = unique("locked");
    testUsers.create(name, name + "@example.org", Role.READER, "the right password", true);

    for (int attempt = 1; attempt <= 4; attempt++) {
      SignInResult result = signInService.authenticate(name, "wrong password " + attempt);
      assertThat(result.succeeded()).isFalse();
      assertThat(result.locked()).as("attempt %d", attempt).isFalse();
    }
    // The fifth failure, typed as the e-mail address: one account, one counter.
    assertThat(signInService.authenticate(name + "@example.org", "wrong again").locked()).isTrue();

    SignInResult rightPassword = signInService.authenticate(name, "the right password");
    assertThat(rightPassword.succeeded()).isFalse();
    assertThat(rightPassword.locked()).isTrue();
    assertThat(testUsers.get(name).getLastSignInAt()).isEmpty();
    assertThat(auditEvents(name, "SIGN_IN_LOCKED")).isEqualTo(1);
    assertThat(auditEvents(name, "SIGN_IN_FAILED")).isEqualTo(6);
  }

  @Test
  void anUnknownNameIsLockedJustLikeAKnownOneSoLockingRevealsNoAccount() {
    String nobody = unique("nobody");

    for (int attempt = 1; attempt <= 4; attempt++) {
      assertThat(signInService.authenticate(nobody, "guess " + attempt).locked()).isFalse();
    }

    assertThat(signInService.authenticate(nobody, "guess 5").locked()).isTrue();
    assertThat(signInService.authenticate(nobody, "guess 6").locked()).isTrue();
  }

  @Test
  void aSuccessfulSignInForgivesEarlierFailures() {
    String name = unique("forgiven");
    testUsers.create(name, null, Role.READER, "the right password", true);
    for (int attempt = 1; attempt <= 4; attempt++) {
      signInService.authenticate(name, "wrong " + attempt);
    }

    assertThat(signInService.authenticate(name, "the right password").succeeded()).isTrue();
    for (int attempt = 1; attempt <= 4; attempt++) {
      assertThat(signInService.authenticate(name, "wrong again " + attempt).locked()).isFalse();
    }
    assertThat(auditEvents(name, "SIGN_IN_SUCCEEDED")).isEqualTo(1);
  }

  @Test
  void aDeactivatedPersonIsNoLongerAnActiveCaller() {
    String active = unique("still-here");
    String inactive = unique("gone");
    testUsers.create(active, null, Role.ASSESSOR, "the right password", true);
    testUsers.create(inactive, null, Role.ASSESSOR, "the right password", false);

    assertThat(signInService.findActiveCaller(active)).map(Caller::role).contains(Role.ASSESSOR);
    assertThat(signInService.findActiveCaller(inactive)).isEmpty();
    assertThat(signInService.findActiveCaller(unique("never-was"))).isEmpty();
  }

  /** Audit events of one type whose actor or subject is this name. */
  private long auditEvents(String name, String type) {
    try (Connection connection = dataSource.getConnection();
        var statement =
            connection.prepareStatement(
                "select count(*) from audit_event where event_type = ?"
                    + " and (actor like ? or subject = ?)")) {
      statement.setString(1, type);
      statement.setString(2, name + "%");
      statement.setString(3, name);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void servesSignedInCallersOnly() {
    assertThatThrownBy(() -> userService.getCurrentCaller()).isInstanceOf(EJBAccessException.class);
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
