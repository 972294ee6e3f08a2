package dev.remold.cli;

/** The stable exit codes documented in the README. */
final class ExitCode {
  static final int OK = 0;
  static final int CHANGES = 1;
  static final int USAGE = 2;
  static final int RULE_ERRORS = 3;
  static final int FILES_FAILED = 4;

  private ExitCode() {}
}
