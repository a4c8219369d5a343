package org.complyscore.access.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and verifies passwords with PBKDF2-HMAC-SHA512, 210,000 iterations and a 32-byte random
 * salt (the OWASP recommendation for PBKDF2 in 2023).
 *
 * <p>The stored form carries algorithm, iterations and salt, so raising the work factor later still
 * verifies older hashes.
 */
@ApplicationScoped
public class PasswordHasher {

  public static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  public static final int ITERATIONS = 210_000;

  @Inject private Pbkdf2PasswordHash pbkdf2;

  /**
   * Verified against when nobody has the login a caller typed, so that an unknown user name takes
   * as long to refuse as a wrong password and response times do not reveal who has an account.
   */
  private String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm",
            ALGORITHM,
            "Pbkdf2PasswordHash.Iterations",
            String.valueOf(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes",
            "32",
            "Pbkdf2PasswordHash.KeySizeBytes",
            "64"));
    decoy = pbkdf2.generate("not-a-password-of-anyone".toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean verify(String password, String storedHash) {
    return pbkdf2.verify(password.toCharArray(), storedHash);
  }

  /** Spends the time of one verification and fails, for a login nobody has. */
  public boolean verifyDecoy(String password) {
    pbkdf2.verify(password.toCharArray(), decoy);
    return false;
  }
}
