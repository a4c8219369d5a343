package org.complyscore.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.complyscore.shared.entity.BaseEntity;

/**
 * The failed sign-ins with one login name. {@value #MAX_FAILURES} failures within {@link #WINDOW}
 * lock the name for {@link #LOCK}. Kept for names without an account too, so that a locked name
 * says nothing about whether an account has it.
 */
@Entity
@Table(name = "sign_in_throttle")
@NamedQuery(
    name = SignInThrottle.FIND_BY_LOGIN,
    query = "select t from SignInThrottle t where t.login = :login")
@NamedQuery(
    name = SignInThrottle.DELETE_IDLE,
    query = "delete from SignInThrottle t where t.modifiedAt < :before")
public class SignInThrottle extends BaseEntity {

  public static final String FIND_BY_LOGIN = "SignInThrottle.findByLogin";
  public static final String DELETE_IDLE = "SignInThrottle.deleteIdle";

  public static final int MAX_FAILURES = 5;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration LOCK = Duration.ofMinutes(15);

  @Column(nullable = false, unique = true, length = User.USERNAME_MAX)
  private String login;

  @Column(nullable = false)
  private int failures;

  @Column(name = "window_start", nullable = false)
  private Instant windowStart;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  /** For JPA only. */
  protected SignInThrottle() {}

  public SignInThrottle(String login, Instant now) {
    this.login = User.normalizeLogin(Objects.requireNonNull(login));
    this.windowStart = now;
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * Counts a failure; the one that reaches the limit within the window locks the name. The window
   * opens with the first failure counted; when it has passed, counting starts again from one (a
   * fixed window: simple, and a guesser gets at most twice the limit in a burst at its edge).
   */
  public void recordFailure(Instant now) {
    if (isLocked(now)) {
      return;
    }
    if (failures == 0 || !now.isBefore(windowStart.plus(WINDOW))) {
      failures = 0;
      windowStart = now;
    }
    failures++;
    if (failures >= MAX_FAILURES) {
      lockedUntil = now.plus(LOCK);
      failures = 0;
      windowStart = now;
    }
  }

  /** A successful sign-in forgives the earlier failures. */
  public void reset(Instant now) {
    failures = 0;
    windowStart = now;
    lockedUntil = null;
  }

  public String getLogin() {
    return login;
  }

  public int getFailures() {
    return failures;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }
}
