package org.complyscore.access.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.complyscore.access.control.PasswordHasher;
import org.complyscore.access.control.PasswordPolicy;
import org.complyscore.access.entity.User;

/**
 * Checks a user name (or e-mail address) and password for the identity store. Open to everyone:
 * whoever calls it is, by definition, not signed in yet.
 */
@Stateless
@PermitAll
public class SignInService {

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHasher passwordHasher;

  /**
   * The caller these credentials belong to, or empty for any reason at all: unknown login, wrong
   * password, deactivated account. The reason is not told, so that nobody can probe for accounts.
   */
  public Optional<Caller> authenticate(String login, String password) {
    if (login == null || login.isBlank() || password == null || password.isEmpty()) {
      return Optional.empty();
    }
    if (password.length() > PasswordPolicy.MAX_LENGTH * 2) {
      return Optional.empty();
    }
    Optional<User> found = findByLogin(User.normalizeLogin(login));
    if (found.isEmpty()) {
      passwordHasher.verifyDecoy(password);
      return Optional.empty();
    }
    User user = found.get();
    if (!passwordHasher.verify(password, user.getPasswordHash()) || !user.canSignIn()) {
      return Optional.empty();
    }
    user.recordSignIn(Instant.now());
    return Optional.of(Caller.of(user));
  }

  /** A login matching one person's user name wins over another person's e-mail address. */
  private Optional<User> findByLogin(String login) {
    List<User> matches =
        em.createNamedQuery(User.FIND_BY_LOGIN, User.class)
            .setParameter("login", login)
            .getResultList();
    return matches.stream()
        .min(Comparator.comparing(user -> user.getUsername().equals(login) ? 0 : 1));
  }
}
