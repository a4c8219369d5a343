package org.complyscore.shared.control;

import java.security.SecureRandom;

/** Random secrets from a strong source: generated passwords now, tokens later. */
public final class Secrets {

  /** No look-alikes (0/O, 1/l/I), so a person can copy a printed password without mistakes. */
  static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  /**
   * A random password of the given length; 24 characters of this 57-letter alphabet carry 140 bits.
   */
  public static String randomPassword(int length) {
    if (length < 12) {
      throw new IllegalArgumentException("A generated password has at least 12 characters.");
    }
    StringBuilder password = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
    }
    return password.toString();
  }
}
