package dev.remold.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Map;

/**
 * What remold reads from the world around a run besides its arguments: whether stdout is a terminal, the
 * environment variables and the working directory. Tests pass their own.
 */
record Environment(boolean stdoutIsTerminal, Map<String, String> variables, Path workingDirectory) {
  Environment {
    variables = Map.copyOf(variables);
    workingDirectory = workingDirectory.toAbsolutePath().normalize();
  }

  /** Returns the environment of this process. */
  static Environment system() {
    Console console = System.console();
    return new Environment(console != null && console.isTerminal(), System.getenv(), Path.of(""));
  }

  /** Returns an environment with no terminal and no variables, in the working directory of this process. */
  static Environment plain() {
    return new Environment(false, Map.of(), Path.of(""));
  }

  /** Returns whether output may be coloured: a terminal, and no NO_COLOR variable with a value (no-color.org). */
  boolean colorAllowed() {
    String noColor = variables.get("NO_COLOR");
    return stdoutIsTerminal && (noColor == null || noColor.isEmpty());
  }
}
