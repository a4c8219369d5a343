package org.complyscore.access.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must be before it is accepted. Length is what makes a password strong; the upper
 * bound keeps a megabyte "password" from tying up the slow hash. Long passwords that everybody uses
 * ({@code common-passwords.txt}) and a single character repeated are refused as well, as NIST SP
 * 800-63B asks.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 256;

  private static final Set<String> COMMON = load("common-passwords.txt");

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
    if (isCommon(password)) {
      return Optional.of(
          "This password is one of the most used ones and easy to guess: choose another.");
    }
    return Optional.empty();
  }

  static boolean isCommon(String password) {
    String folded = password.strip().toLowerCase(Locale.ROOT);
    return COMMON.contains(folded) || folded.codePoints().distinct().count() == 1;
  }

  private static Set<String> load(String resource) {
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + resource + " beside PasswordPolicy");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
