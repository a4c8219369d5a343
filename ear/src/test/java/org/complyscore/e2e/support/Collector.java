package org.complyscore.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    return run(
        workDir,
        Map.of(),
        List.of(),
        "--url",
        TestServer.base().toString(),
        "--once",
        "--token-file",
        tokenFile.toString(),
        "--login-defs",
        loginDefs.toString());
  }

  /**
   * Runs the collector with these arguments: {@code java [jvmOptions] SecurityCollector.java args},
   * with the token only where the arguments or {@code environment} put it (the test's own {@code
   * COMPLYSCORE_TOKEN} is not passed on).
   *
   * @param workDir the process's folder, and where its output is kept
   */
  public static Run run(
      Path workDir, Map<String, String> environment, List<String> jvmOptions, String... args) {
    if (!Files.isRegularFile(SOURCE)) {
      throw new IllegalStateException("The collector's source is missing: " + SOURCE);
    }
    List<String> command = new ArrayList<>();
    command.add(JAVA.toString());
    command.addAll(jvmOptions);
    command.add(SOURCE.toString());
    command.addAll(List.of(args));
    try {
      Path out = Files.createTempFile(workDir, "collector-out", ".txt");
      Path err = Files.createTempFile(workDir, "collector-err", ".txt");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      builder.environment().remove("COMPLYSCORE_TOKEN");
      builder.environment().putAll(environment);
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
