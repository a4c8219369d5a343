package org.complyscore.shared.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random secrets from a strong source, and the one-way hash under which tokens are kept. */
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

  /** A random token of 256 bits for a link, in URL-safe Base64 without padding (43 characters). */
  public static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * The SHA-256 of a token in lower-case hex: what the database keeps. A token has 256 random bits,
   * so a fast hash is enough; a slow one protects guessable secrets such as passwords.
   */
  public static String tokenHash(String token) {
    return sha256Hex(token.getBytes(StandardCharsets.UTF_8));
  }

  /** The SHA-256 of bytes in lower-case hex: how evidence files are fingerprinted. */
  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
