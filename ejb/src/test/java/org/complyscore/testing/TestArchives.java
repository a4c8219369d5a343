package org.complyscore.testing;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Objects;
import java.util.Properties;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds the archive the container tests of this module deploy: the module's own classes as built,
 * the libraries they run with (domain with its migrations, Flyway), the given test classes, and the
 * settings the tests need inside the server.
 */
public final class TestArchives {

  private TestArchives() {}

  public static WebArchive servicesWith(Class<?>... testClasses) {
    JavaArchive services =
        ShrinkWrap.create(ExplodedImporter.class, "complyscore-ejb.jar")
            .importDirectory(new File("target/classes"))
            .as(JavaArchive.class);
    File[] libraries =
        Objects.requireNonNull(
            new File("target/it-libs").listFiles(),
            "target/it-libs is missing: run the tests through Maven (mvn verify).");
    return ShrinkWrap.create(WebArchive.class, "complyscore-services-it.war")
        .addAsLibrary(services)
        .addAsLibraries(libraries)
        .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class))
        .addClasses(testClasses)
        .addClass(InContainerSettings.class)
        .addAsResource(settings(), InContainerSettings.RESOURCE)
        .addAsWebInfResource(
            new StringAsset("<beans bean-discovery-mode=\"annotated\" version=\"4.0\"/>"),
            "beans.xml");
  }

  /**
   * The jars the given classes came in, for tests that need a test library inside the server too
   * (add them with {@code addAsLibraries}).
   */
  public static File[] librariesOf(Collection<Class<?>> types) {
    return types.stream().map(TestArchives::jarOf).distinct().toArray(File[]::new);
  }

  /** The jar a test library came in, found through the test's own class path. */
  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException("Cannot locate the jar of " + type, e);
    }
  }

  /** What the build knows and the tests inside the server need: they do not see Maven's JVM. */
  private static StringAsset settings() {
    Properties properties = new Properties();
    properties.setProperty("it.db", System.getProperty("it.db", "h2"));
    properties.setProperty("it.admin.password", System.getProperty("it.admin.password", ""));
    StringWriter text = new StringWriter();
    try {
      properties.store(text, "settings of the integration test run");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new StringAsset(text.toString());
  }
}
