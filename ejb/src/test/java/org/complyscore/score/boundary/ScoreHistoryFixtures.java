package org.complyscore.score.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.complyscore.access.entity.User;
import org.complyscore.score.control.ScoreSnapshots;
import org.complyscore.score.entity.SavedScoreFilter;
import org.complyscore.score.entity.ScoreDimension;
import org.complyscore.score.entity.ScoreSnapshot;

/**
 * What the score-history tests do in a transaction of their own: take a day's snapshot as the timer
 * does, count a day's lines, and write a person's kept filter directly.
 */
@Stateless
@PermitAll
public class ScoreHistoryFixtures {

  @PersistenceContext private EntityManager em;

  @Inject private ScoreSnapshots snapshots;

  public void take(LocalDate day) {
    snapshots.take(day);
  }

  /** How many lines the day has, of every dimension. */
  public long lines(LocalDate day) {
    return linesOf(day).size();
  }

  /** How many overall lines the day has. */
  public long overallLines(LocalDate day) {
    return linesOf(day).stream()
        .filter(line -> line.getDimension() == ScoreDimension.OVERALL)
        .count();
  }

  private List<ScoreSnapshot> linesOf(LocalDate day) {
    return em.createNamedQuery(ScoreSnapshot.FIND_BY_DAY, ScoreSnapshot.class)
        .setParameter("day", day)
        .getResultList();
  }

  /** Keeps the query text as the person's filter as it is, whatever it says. */
  public void keepQuery(String username, String query) {
    User user = user(username);
    List<SavedScoreFilter> kept = filtersOf(user);
    if (kept.isEmpty()) {
      em.persist(new SavedScoreFilter(user, query));
    } else {
      kept.get(0).replace(query);
    }
  }

  /** The query texts kept for the person (at most one, says the schema). */
  public List<String> keptQueries(String username) {
    return filtersOf(user(username)).stream().map(SavedScoreFilter::getQuery).toList();
  }

  private List<SavedScoreFilter> filtersOf(User user) {
    return em.createNamedQuery(SavedScoreFilter.FIND_BY_USER, SavedScoreFilter.class)
        .setParameter("user", user)
        .getResultList();
  }

  private User user(String username) {
    return em.createNamedQuery(User.FIND_BY_LOGIN, User.class)
        .setParameter("login", User.normalizeLogin(username))
        .getSingleResult();
  }
}
