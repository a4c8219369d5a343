package org.complyscore.access.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.complyscore.access.entity.User;
import org.complyscore.shared.entity.InvalidInputException;

/** Finding people by what they type or what the container knows them by. */
@Dependent
public class UserDirectory {

  @PersistenceContext private EntityManager em;

  /**
   * The person a typed login (user name or e-mail address, any case) means. A login matching one
   * person's user name wins over another person's e-mail address.
   */
  public Optional<User> findByLogin(String login) {
    String normalized = User.normalizeLogin(login);
    List<User> matches =
        em.createNamedQuery(User.FIND_BY_LOGIN, User.class)
            .setParameter("login", normalized)
            .getResultList();
    return matches.stream()
        .min(Comparator.comparing(user -> user.getUsername().equals(normalized) ? 0 : 1));
  }

  /** The person with exactly this user name (the caller principal's name). */
  public Optional<User> findByUsername(String username) {
    return findByLogin(username).filter(user -> user.getUsername().equals(username));
  }

  /**
   * The signed-in person behind a caller principal. The security mechanism admits only existing,
   * active accounts, so a missing one is a fault, not a refusal.
   */
  public User signedIn(Principal principal) {
    return findByUsername(principal.getName())
        .orElseThrow(
            () ->
                new IllegalStateException("The caller " + principal.getName() + " has no account"));
  }

  /** Whether an account has this login as its user name or e-mail address. */
  public boolean isTaken(String login) {
    return !em.createNamedQuery(User.FIND_BY_LOGIN, User.class)
        .setParameter("login", User.normalizeLogin(login))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Every active person, by name: who can be given work or sent alerts. */
  public List<User> activePeople() {
    return em.createQuery(
            "select u from User u where u.active = true order by u.displayName, u.username",
            User.class)
        .getResultList();
  }

  /**
   * The person work can be given to: an existing, active account.
   *
   * @param work what is given, for the message: "actions", "alerts"
   * @throws InvalidInputException naming {@code assignee}
   */
  public User assignable(long userId, String work) {
    User user = em.find(User.class, userId);
    if (user == null || !user.isActive()) {
      throw new InvalidInputException(
          "assignee",
          user == null
              ? "There is no person with the id " + userId + "."
              : user.getDisplayName() + " is deactivated and cannot be assigned " + work + ".");
    }
    return user;
  }
}
