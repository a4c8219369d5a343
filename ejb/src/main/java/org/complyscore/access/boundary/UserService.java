package org.complyscore.access.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.complyscore.access.entity.Permission;
import org.complyscore.access.entity.User;

/** People and their roles, for signed-in callers. */
@Stateless
public class UserService {

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext session;

  /** The signed-in caller, as the pages show them. */
  @RolesAllowed(Permission.Names.VIEW)
  public Caller getCurrentCaller() {
    String username = session.getCallerPrincipal().getName();
    return em.createNamedQuery(User.FIND_BY_LOGIN, User.class)
        .setParameter("login", username)
        .getResultStream()
        .filter(user -> user.getUsername().equals(username))
        .findFirst()
        .map(Caller::of)
        .orElseThrow(() -> new IllegalStateException("No user " + username));
  }
}
