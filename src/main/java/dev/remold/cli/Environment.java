package dev.remold.cli;

import java.io.Console;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * What remold reads from the world around a run besides its arguments: which standard streams are terminals, what
 * stdin holds (the answers of an interactive review), the environment variables and the working directory. Tests
 * pass their own.
 */
record Environment(boolean stdoutIsTerminal, boolean stderrIsTerminal, boolean stdinIsTerminal, Reader stdin,
    Map<String, String> variables, Path workingDirectory) {
  Environment {
    variables = Map.copyOf(variables);
    workingDirectory = workingDirectory.toAbsolutePath().normalize();
  }

  /** Returns an environment whose stdout may be a terminal, with stderr and stdin not terminals and stdin empty. */
  Environment(boolean stdoutIsTerminal, Map<String, String> variables, Path workingDirectory) {
    this(stdoutIsTerminal, /* stderrIsTerminal= */ false, /* stdinIsTerminal= */ false, Reader.nullReader(), variables,
        workingDirectory);
  }

  /** Returns the environment of this process. */
  static Environment system() {
    Console console = System.console();
    // Console.isTerminal means stdin and stdout both are; it is the answer where the C library cannot be asked.
    boolean bothTerminals = console != null && console.isTerminal();
    return new Environment(Terminal.isTerminal(Terminal.STDOUT).orElse(bothTerminals),
        Terminal.isTerminal(Terminal.STDERR).orElse(bothTerminals), Terminal.isTerminal(Terminal.STDIN).orElse(bothTerminals),
        new InputStreamReader(System.in, StandardCharsets.UTF_8), System.getenv(), Path.of(""));
  }

  /** Returns an environment with no terminal, no input and no variables, in the working directory of this process. */
  static Environment plain() {
    return new Environment(false, Map.of(), Path.of(""));
  }

  /** Returns this environment with stdin reading from a reader that is not a terminal. */
  Environment withInput(Reader input) {
    return new Environment(stdoutIsTerminal, stderrIsTerminal, /* stdinIsTerminal= */ false, input, variables,
        workingDirectory);
  }

  /** Returns whether output may be coloured: a terminal, and no NO_COLOR variable with a value (no-color.org). */
  boolean colorAllowed() {
    String noColor = variables.get("NO_COLOR");
    return stdoutIsTerminal && (noColor == null || noColor.isEmpty());
  }

  /** Returns the width of the terminal stderr writes to: COLUMNS when set, else what the terminal says, else 80. */
  int stderrColumns() {
    String columns = variables.get("COLUMNS");
    if (columns != null && columns.matches("\\d{1,4}") && Integer.parseInt(columns) > 0) {
      return Integer.parseInt(columns);
    }
    int asked = stderrIsTerminal ? Terminal.columns(Terminal.STDERR) : 0;
    return asked > 0 ? asked : 80;
  }
}
