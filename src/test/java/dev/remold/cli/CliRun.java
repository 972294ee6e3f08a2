package dev.remold.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Runs the CLI with stdin holding the given text (not a terminal), as an interactive review reads it. */
  static CliRun withInput(String stdin, String... args) {
    return in(Environment.plain().withInput(new java.io.StringReader(stdin)), args);
  }

  /** Runs the CLI as if in the given environment (a terminal, variables). */
  static CliRun in(Environment env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
    return new CliRun(code, out.toString(), err.toString());
  }
}
