package org.complyscore.access.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitialPasswordFileTest {

  @TempDir Path folder;

  @Test
  void writesThePasswordForTheServersUserOnly() throws Exception {
    InitialPasswordFile file = new InitialPasswordFile();
    file.configuredPath = Optional.of(folder.resolve("config/first-password").toString());

    Path written = file.write("Secret-Passw0rd-123");

    assertThat(written).isEqualTo(folder.resolve("config/first-password"));
    assertThat(Files.readString(written)).isEqualTo("Secret-Passw0rd-123" + System.lineSeparator());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written)))
        .isEqualTo("rw-------");
  }

  @Test
  void replacesAnOlderFileAndItsPermissions() throws Exception {
    Path old = Files.writeString(folder.resolve("first-password"), "older and longer content");
    Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));
    InitialPasswordFile file = new InitialPasswordFile();
    file.configuredPath = Optional.of(old.toString());

    file.write("new");

    assertThat(Files.readString(old)).isEqualTo("new" + System.lineSeparator());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(old)))
        .isEqualTo("rw-------");
  }

  @Test
  void fallsBackToTheDomainsConfigFolder() {
    InitialPasswordFile file = new InitialPasswordFile();
    file.configuredPath = Optional.empty();
    String previous = System.setProperty("com.sun.aas.instanceRoot", folder.toString());
    try {
      assertThat(file.location())
          .isEqualTo(folder.resolve("config").resolve(InitialPasswordFile.FILE_NAME));
    } finally {
      if (previous == null) {
        System.clearProperty("com.sun.aas.instanceRoot");
      } else {
        System.setProperty("com.sun.aas.instanceRoot", previous);
      }
    }
  }
}
