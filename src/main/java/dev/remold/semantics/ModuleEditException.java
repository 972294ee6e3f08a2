package dev.remold.semantics;

/** Thrown when the imports or module declarations a rule needs cannot be added without breaking the file. */
public final class ModuleEditException extends Exception {
  /** Creates the exception with a message that says what collides and where. */
  public ModuleEditException(String message) {
    super(message);
  }
}
