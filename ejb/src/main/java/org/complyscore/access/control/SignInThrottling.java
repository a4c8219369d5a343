package org.complyscore.access.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.complyscore.access.entity.SignInThrottle;
import org.complyscore.access.entity.User;

/**
 * Counts failed sign-ins per login name, in the caller's transaction, and says when a name is
 * locked ({@link SignInThrottle}). Rows of names nobody tried for a day are removed as new failures
 * come in, so guessing random names cannot fill the table.
 */
@Dependent
public class SignInThrottling {

  static final Duration FORGET_AFTER = Duration.ofDays(1);

  @PersistenceContext private EntityManager em;

  public boolean isLocked(String login, Instant now) {
    return find(login, false).map(throttle -> throttle.isLocked(now)).orElse(false);
  }

  /** Counts a failure; true when the name is locked after it. */
  public boolean recordFailure(String login, Instant now) {
    SignInThrottle throttle =
        find(login, true)
            .orElseGet(
                () -> {
                  em.createNamedQuery(SignInThrottle.DELETE_IDLE)
                      .setParameter("before", now.minus(FORGET_AFTER))
                      .executeUpdate();
                  SignInThrottle created = new SignInThrottle(login, now);
                  em.persist(created);
                  return created;
                });
    throttle.recordFailure(now);
    return throttle.isLocked(now);
  }

  public void recordSuccess(String login, Instant now) {
    find(login, true).ifPresent(throttle -> throttle.reset(now));
  }

  private Optional<SignInThrottle> find(String login, boolean forUpdate) {
    var query =
        em.createNamedQuery(SignInThrottle.FIND_BY_LOGIN, SignInThrottle.class)
            .setParameter("login", User.normalizeLogin(login));
    if (forUpdate) {
      // Two wrong passwords at the same moment must count twice.
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query.getResultStream().findFirst();
  }
}
