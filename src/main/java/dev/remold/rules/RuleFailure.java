package dev.remold.rules;

/** A rule that failed at a node (a custom rule threw, ran out of time, or asked for an invalid edit). */
public final class RuleFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the failure with a message that names what went wrong and where in the rule. */
  public RuleFailure(String message) {
    super(message);
  }
}
