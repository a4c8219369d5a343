package org.complyscore.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Reads, inside the server, the settings {@link TestArchives} packed into the test archive. */
public final class InContainerSettings {

  static final String RESOURCE = "complyscore-it.properties";

  private InContainerSettings() {}

  public static String get(String name) {
    Properties properties = new Properties();
    try (InputStream in =
        InContainerSettings.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not in the test archive");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String value = properties.getProperty(name);
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException("The test setting " + name + " is not set");
    }
    return value;
  }
}
