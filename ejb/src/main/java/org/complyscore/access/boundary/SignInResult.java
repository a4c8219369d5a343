package org.complyscore.access.boundary;

import java.util.Optional;

/**
 * What came of a sign-in attempt: the caller when it succeeded; otherwise whether the name is
 * locked for a while. Why an attempt failed otherwise (unknown name, wrong password, deactivated)
 * is not told, so that nobody can probe for accounts.
 */
public record SignInResult(Optional<Caller> caller, boolean locked) {

  static SignInResult signedIn(Caller caller) {
    return new SignInResult(Optional.of(caller), false);
  }

  static SignInResult refused() {
    return new SignInResult(Optional.empty(), false);
  }

  static SignInResult lockedOut() {
    return new SignInResult(Optional.empty(), true);
  }

  public boolean succeeded() {
    return caller.isPresent();
  }
}
