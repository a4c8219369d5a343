package org.complyscore.access.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.complyscore.access.control.PasswordHasher;
import org.complyscore.access.control.PasswordPolicy;
import org.complyscore.access.control.SignInThrottling;
import org.complyscore.access.control.UserDirectory;
import org.complyscore.access.entity.SignInThrottle;
import org.complyscore.access.entity.User;
import org.complyscore.audit.control.AuditLog;
import org.complyscore.audit.entity.AuditEventType;

/**
 * Checks a user name (or e-mail address) and password for the identity store, and whether a signed
 * in person may still act. Open to everyone: whoever calls it is, by definition, not signed in yet.
 *
 * <p>Failed attempts are counted per account (per typed name when no account has it): after {@value
 * SignInThrottle#MAX_FAILURES} within 15 minutes the name is locked for 15 minutes, whatever
 * password comes next.
 */
@Stateless
@PermitAll
public class SignInService {

  @Inject private PasswordHasher passwordHasher;

  @Inject private SignInThrottling throttling;

  @Inject private UserDirectory users;

  @Inject private AuditLog auditLog;

  public SignInResult authenticate(String login, String password) {
    if (login == null || login.isBlank() || password == null || password.isEmpty()) {
      return SignInResult.refused();
    }
    String typed = User.normalizeLogin(login);
    if (typed.length() > User.USERNAME_MAX || password.length() > PasswordPolicy.MAX_LENGTH * 2) {
      return SignInResult.refused();
    }
    Instant now = Instant.now();
    Optional<User> found = users.findByLogin(typed);
    // One account, one counter, whether its user name or its e-mail address was typed.
    String throttleKey = found.map(User::getUsername).orElse(typed);
    if (throttling.isLocked(throttleKey, now)) {
      auditLog.record(AuditEventType.SIGN_IN_FAILED, typed, throttleKey, "refused: locked");
      return SignInResult.lockedOut();
    }
    String failure = failureOf(found, password);
    if (failure != null) {
      boolean lockedNow = throttling.recordFailure(throttleKey, now);
      auditLog.record(AuditEventType.SIGN_IN_FAILED, typed, throttleKey, failure);
      if (lockedNow) {
        auditLog.record(
            AuditEventType.SIGN_IN_LOCKED,
            typed,
            throttleKey,
            SignInThrottle.MAX_FAILURES + " failed attempts: locked for 15 minutes");
        return SignInResult.lockedOut();
      }
      return SignInResult.refused();
    }
    User user = found.orElseThrow();
    throttling.recordSuccess(throttleKey, now);
    user.recordSignIn(now);
    auditLog.record(AuditEventType.SIGN_IN_SUCCEEDED, user.getUsername(), null, null);
    return SignInResult.signedIn(Caller.of(user));
  }

  /**
   * The signed-in person as they are now, or empty when they were deactivated (or removed) since
   * they signed in: asked on every request, so a deactivation ends their sessions at once and a new
   * role applies to the next click.
   */
  public Optional<Caller> findActiveCaller(String username) {
    return users.findByUsername(username).filter(User::canSignIn).map(Caller::of);
  }

  /** Why the password does not open the account, for the audit log; null when it does. */
  private String failureOf(Optional<User> found, String password) {
    if (found.isEmpty()) {
      passwordHasher.verifyDecoy(password);
      return "unknown user name";
    }
    if (!passwordHasher.verify(password, found.get().getPasswordHash())) {
      return "wrong password";
    }
    return found.get().canSignIn() ? null : "account deactivated";
  }
}
