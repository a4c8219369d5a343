package org.complyscore.access.control;

import java.util.Optional;

/**
 * What a password must be before it is accepted. Length is what makes a password strong; the upper
 * bound keeps a megabyte "password" from tying up the slow hash.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 256;

  private PasswordPolicy() {}

  /** Why the password is not acceptable, or empty when it is. */
  public static Optional<String> problemWith(String password) {
    if (password == null || password.isBlank()) {
      return Optional.of("Enter a password.");
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of("A password needs at least " + MIN_LENGTH + " characters.");
    }
    if (length > MAX_LENGTH) {
      return Optional.of("A password has at most " + MAX_LENGTH + " characters.");
    }
    return Optional.empty();
  }
}
