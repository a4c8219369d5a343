package org.complyscore.bench;

import jakarta.annotation.PostConstruct;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.complyscore.access.control.PasswordHasher;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;

/**
 * The one password of all bench users, so that a load run (bench/load/run-load.sh) can sign them
 * in. Hashed once per generation by the application's own {@link PasswordHasher}, set up here as
 * the server sets it up: its {@link Pbkdf2PasswordHash} is Soteria's, the implementation Payara
 * bundles, injected into the field of that type, then the {@code @PostConstruct} method runs.
 */
final class BenchPassword {

  /** The password of every bench user ({@code bench-user-0} … {@code bench-user-199}). */
  static final String PASSWORD = "Bench-User-Passw0rd";

  private BenchPassword() {}

  /** A hash of {@link #PASSWORD} as the application stores it; verified before it is returned. */
  static String hash() {
    PasswordHasher hasher = new PasswordHasher();
    try {
      int injected = 0;
      for (Field field : PasswordHasher.class.getDeclaredFields()) {
        if (field.getType() == Pbkdf2PasswordHash.class) {
          field.setAccessible(true);
          field.set(hasher, new Pbkdf2PasswordHashImpl());
          injected++;
        }
      }
      if (injected != 1) {
        throw new IllegalStateException(
            "PasswordHasher no longer has one Pbkdf2PasswordHash field to inject: update BenchPassword");
      }
      for (Method method : PasswordHasher.class.getDeclaredMethods()) {
        if (method.isAnnotationPresent(PostConstruct.class)) {
          method.setAccessible(true);
          method.invoke(hasher);
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot set up PasswordHasher outside the server", e);
    }
    String hash = hasher.hash(PASSWORD);
    if (!hasher.verify(PASSWORD, hash)) {
      throw new IllegalStateException("PasswordHasher does not verify its own hash");
    }
    return hash;
  }
}
