package org.complyscore.access.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.complyscore.access.control.PasswordHasher;
import org.complyscore.access.entity.Role;
import org.complyscore.access.entity.User;

/** Puts users into the test database the way the application stores them. */
@Stateless
@PermitAll
public class TestUsers {

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHasher passwordHasher;

  public void create(String username, String email, Role role, String password, boolean active) {
    User user = new User(username, username, role, passwordHasher.hash(password));
    user.changeEmail(email);
    if (!active) {
      user.deactivate();
    }
    em.persist(user);
  }

  /** Creates the user unless one with this name exists (the signed-in test caller, say). */
  public void ensure(String username, Role role) {
    if (em.createNamedQuery(User.FIND_BY_LOGIN, User.class)
        .setParameter("login", User.normalizeLogin(username))
        .getResultList()
        .isEmpty()) {
      em.persist(new User(username, username, role, passwordHasher.hash(username + "-password")));
    }
  }

  public User get(String username) {
    return em.createNamedQuery(User.FIND_BY_LOGIN, User.class)
        .setParameter("login", User.normalizeLogin(username))
        .getSingleResult();
  }
}
