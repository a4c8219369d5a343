package org.complyscore.access.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Optional;
import org.complyscore.access.control.InitialPasswordFile;
import org.complyscore.access.control.PasswordHasher;
import org.complyscore.access.control.PasswordPolicy;
import org.complyscore.access.entity.Role;
import org.complyscore.access.entity.User;
import org.complyscore.shared.control.Secrets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the first start, when nobody can sign in yet, creates the Owner {@value #FIRST_OWNER}: with
 * the password in {@code COMPLYSCORE_ADMIN_PASSWORD}, or with a random one handed over through
 * {@link InitialPasswordFile}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstOwnerSetup {

  public static final String FIRST_OWNER = "admin";
  static final int GENERATED_PASSWORD_LENGTH = 24;

  private static final System.Logger LOG = System.getLogger(FirstOwnerSetup.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHasher passwordHasher;

  @Inject private InitialPasswordFile initialPasswordFile;

  @Inject
  @ConfigProperty(name = "complyscore.admin.password")
  private Optional<String> configuredPassword;

  @Inject
  @ConfigProperty(name = "complyscore.admin.email")
  private Optional<String> configuredEmail;

  @PostConstruct
  void createFirstOwnerWhenNobodyExists() {
    if (em.createNamedQuery(User.COUNT, Long.class).getSingleResult() > 0) {
      return;
    }
    Optional<String> acceptable =
        configuredPassword.filter(password -> PasswordPolicy.problemWith(password).isEmpty());
    if (configuredPassword.isPresent() && acceptable.isEmpty()) {
      LOG.log(
          Level.WARNING,
          "COMPLYSCORE_ADMIN_PASSWORD is not acceptable ({0}); a random password is used instead.",
          PasswordPolicy.problemWith(configuredPassword.get()).orElseThrow());
    }
    String password = acceptable.orElseGet(() -> Secrets.randomPassword(GENERATED_PASSWORD_LENGTH));

    User owner = new User(FIRST_OWNER, "Administrator", Role.OWNER, passwordHasher.hash(password));
    configuredEmail.ifPresent(owner::changeEmail);
    em.persist(owner);

    if (acceptable.isPresent()) {
      LOG.log(
          Level.INFO,
          "Created the first Owner ''{0}'' with the password of COMPLYSCORE_ADMIN_PASSWORD.",
          FIRST_OWNER);
    } else {
      Path file = writeGenerated(password);
      LOG.log(
          Level.INFO,
          "Created the first Owner ''{0}'' with a generated password, written to {1} (readable by"
              + " the server''s user only). Read it, sign in, and delete the file.",
          FIRST_OWNER,
          file);
    }
  }

  private Path writeGenerated(String password) {
    try {
      return initialPasswordFile.write(password);
    } catch (IOException e) {
      // Without the file nobody could ever sign in: refuse to start rather than lock everyone out.
      throw new UncheckedIOException(
          "Cannot write the first Owner's password to " + initialPasswordFile.location(), e);
    }
  }
}
