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

    Caller admin = signInService.authenticate(" Admin ", password).orElseThrow();

    assertThat(admin.username()).isEqualTo(FirstOwnerSetup.FIRST_OWNER);
    assertThat(admin.role()).isEqualTo(Role.OWNER);
    assertThat(admin.groups())
        .isEqualTo(
            Arrays.stream(Permission.values()).map(Permission::name).collect(Collectors.toSet()));
  }

  @Test
  void signsInWithUserNameOrEmailAddressAndRecordsWhen() {
    String name = unique("jane");
    testUsers.create(name, name + "@example.org", Role.CONTRIBUTOR, "correct horse battery", true);

    assertThat(signInService.authenticate(name, "correct horse battery"))
        .map(Caller::role)
        .contains(Role.CONTRIBUTOR);
    assertThat(
            signInService.authenticate(
                name.toUpperCase() + "@EXAMPLE.ORG", "correct horse battery"))
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

    assertThat(signInService.authenticate(active, "the wrong password")).isEmpty();
    assertThat(signInService.authenticate(unique("nobody"), "the right password")).isEmpty();
    assertThat(signInService.authenticate(inactive, "the right password")).isEmpty();
    assertThat(signInService.authenticate(active, "")).isEmpty();
    assertThat(signInService.authenticate(" ", "the right password")).isEmpty();
    assertThat(signInService.authenticate(active, "x".repeat(100_000))).isEmpty();
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
  void servesSignedInCallersOnly() {
    assertThatThrownBy(() -> userService.getCurrentCaller()).isInstanceOf(EJBAccessException.class);
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
