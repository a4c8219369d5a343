package org.complyscore.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands a generated first Owner password to whoever runs the server, through a file only the
 * server's user can read: never through the log. run.sh prints the file once and deletes it.
 */
@ApplicationScoped
public class InitialPasswordFile {

  static final String FILE_NAME = "complyscore-initial-admin-password";

  @Inject
  @ConfigProperty(name = "complyscore.admin.initial-password-file")
  Optional<String> configuredPath;

  /** The configured file, else the domain's config folder, else the temporary folder. */
  public Path location() {
    return configuredPath
        .map(Path::of)
        .orElseGet(
            () -> {
              String instanceRoot = System.getProperty("com.sun.aas.instanceRoot");
              return instanceRoot != null
                  ? Path.of(instanceRoot, "config", FILE_NAME)
                  : Path.of(System.getProperty("java.io.tmpdir"), FILE_NAME);
            });
  }

  /** Writes the password, readable and writable by the owner of the process only. */
  public Path write(String password) throws IOException {
    Path file = location();
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.deleteIfExists(file);
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
    }
    Files.writeString(
        file, password + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.WRITE);
    return file;
  }
}
