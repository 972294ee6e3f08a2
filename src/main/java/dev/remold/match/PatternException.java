package dev.remold.match;

/** Thrown when a pattern's code does not parse to a usable pattern. */
public final class PatternException extends Exception {
  /** Creates the exception with a message that says what is wrong with the pattern. */
  public PatternException(String message) {
    super(message);
  }
}
