package org.complyscore.e2e.support;

import java.net.URI;

/**
 * The deployed application under test, as the build describes it: the EAR of this module on the
 * test domain that server-config/it-domain.sh started.
 */
public final class TestServer {

  private TestServer() {}

  /** The application's root, ending in a slash: {@code http://localhost:28080/complyscore/}. */
  public static URI base() {
    return URI.create(setting("it.base.url"));
  }

  public static URI url(String path) {
    return base().resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  public static URI health() {
    return URI.create(setting("it.health.url"));
  }

  /** The password the first Owner {@code admin} was created with. */
  public static String adminPassword() {
    return setting("it.admin.password");
  }

  public static String setting(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          name + " is not set: run the tests through Maven (mvn verify)");
    }
    return value;
  }
}
