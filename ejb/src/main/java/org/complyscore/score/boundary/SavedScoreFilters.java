package org.complyscore.score.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import org.complyscore.access.control.UserDirectory;
import org.complyscore.access.entity.Permission;
import org.complyscore.access.entity.User;
import org.complyscore.action.boundary.ActionFilter;
import org.complyscore.action.boundary.ActionListParameters;
import org.complyscore.action.boundary.ActionListRequest;
import org.complyscore.score.entity.SavedScoreFilter;
import org.complyscore.score.entity.ScoreFilter;
import org.complyscore.shared.entity.InvalidInputException;

/**
 * The score filter each person last applied (F14), kept across sign-out. Written as the action
 * list's query parameters: the Overview's links carry the same text.
 */
@Stateless
@RolesAllowed(Permission.Names.VIEW)
public class SavedScoreFilters {

  private static final System.Logger LOG = System.getLogger(SavedScoreFilters.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private UserDirectory users;

  @Resource private SessionContext session;

  /** The caller's filter; no filter when none was kept or what was kept can no longer be read. */
  public ScoreFilter restore() {
    return em.createNamedQuery(SavedScoreFilter.FIND_BY_USER, SavedScoreFilter.class)
        .setParameter("user", caller())
        .getResultStream()
        .findFirst()
        .map(saved -> read(saved.getQuery()))
        .orElse(ScoreFilter.NONE);
  }

  /** Keeps the caller's filter for the next visit. */
  public void remember(ScoreFilter filter) {
    User user = caller();
    String query = query(filter);
    em.createNamedQuery(SavedScoreFilter.FIND_BY_USER, SavedScoreFilter.class)
        .setParameter("user", user)
        .getResultStream()
        .findFirst()
        .ifPresentOrElse(
            saved -> saved.replace(query), () -> em.persist(new SavedScoreFilter(user, query)));
  }

  /** The filter as the action list's query parameters, without "?". */
  public static String query(ScoreFilter filter) {
    return ActionListParameters.toQuery(
        ActionListRequest.of(ActionFilter.builder().score(filter).build()));
  }

  static ScoreFilter read(String query) {
    try {
      return ActionListParameters.fromQuery(query).filter().scoreFilter();
    } catch (InvalidInputException | IllegalArgumentException e) {
      // Kept by an older version, say: start without a filter rather than fail the Overview.
      LOG.log(Level.WARNING, "A saved score filter could not be read and was ignored: {0}", query);
      return ScoreFilter.NONE;
    }
  }

  private User caller() {
    return users.signedIn(session.getCallerPrincipal());
  }
}
