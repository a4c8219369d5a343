package org.complyscore.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The sample collector (server-config/collectors/SecurityCollector.java) as an operator runs it:
 * the JDK's source launcher, a process of its own, the token in a file, against the server under
 * test.
 */
public final class Collector {

  private static final Path SOURCE =
      Path.of(
              System.getProperty(
                  "collector.source", "../server-config/collectors/SecurityCollector.java"))
          .toAbsolutePath()
          .normalize();

  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  private Collector() {}

  /** What one run printed, and how it ended. */
  public record Run(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  /**
   * One round against the server under test: {@code java SecurityCollector.java --url BASE --once
   * --token-file FILE --login-defs FILE}.
   *
   * @param workDir a scratch folder for the process's output
   */
  public static Run once(Path tokenFile, Path loginDefs, Path workDir) {
    if (!Files.isRegularFile(SOURCE)) {
      throw new IllegalStateException("The collector's source is missing: " + SOURCE);
    }
    List<String> command = new ArrayList<>();
    command.add(JAVA.toString());
    command.add(SOURCE.toString());
    command.addAll(
        List.of(
            "--url",
            TestServer.base().toString(),
            "--once",
            "--token-file",
            tokenFile.toString(),
            "--login-defs",
            loginDefs.toString()));
    try {
      Path out = Files.createTempFile(workDir, "collector-out", ".txt");
      Path err = Files.createTempFile(workDir, "collector-err", ".txt");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      builder.environment().remove("COMPLYSCORE_TOKEN");
      Process process = builder.start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(
            "The collector did not end within 2 minutes: " + Files.readString(err));
      }
      return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
