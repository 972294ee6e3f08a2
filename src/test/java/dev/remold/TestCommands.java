package dev.remold;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs real command-line tools (git, patch, cp) for the tests, so remold is checked against git itself.
 * The user's and the system's git config, inherited GIT_* variables and the locale are shut out, so
 * what a test compares does not depend on the machine.
 */
public final class TestCommands {
  private TestCommands() {}

  /** Runs the command in the folder and returns its output; fails the test if it fails or hangs. */
  public static String run(Path dir, String... command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Map<String, String> env = builder.environment();
    // A GIT_DIR or GIT_INDEX_FILE inherited from a hook would point every test at the wrong repository.
    env.keySet().removeIf(k -> k.startsWith("GIT_"));
    env.put("GIT_CONFIG_GLOBAL", "/dev/null");
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("LC_ALL", "C");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + String.join(" ", command));
    }
    if (process.exitValue() != 0) {
      throw new AssertionError(String.join(" ", command) + " failed with " + process.exitValue() + ":\n" + output);
    }
    return output;
  }

  /** Runs git with a fixed identity, no signing and no line-ending conversion. */
  public static String git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=remold test", "-c",
        "user.email=test@remold.invalid", "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false"));
    command.addAll(List.of(args));
    return run(dir, command.toArray(String[]::new));
  }

  /** Makes the folder a repository whose one commit holds every file in it (ignored ones too). */
  public static void commitAll(Path dir) throws IOException, InterruptedException {
    git(dir, "init", "-q");
    git(dir, "add", "-A", "-f");
    git(dir, "commit", "-q", "-m", "start");
  }
}
