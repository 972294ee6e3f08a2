package dev.remold.rules;

/** One problem in a rule or pack file, with the 1-based line it is on. */
public record RuleProblem(String file, int line, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
