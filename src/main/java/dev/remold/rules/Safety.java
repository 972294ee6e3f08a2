package dev.remold.rules;

import java.util.Optional;

/** How far a rule's rewrite can be trusted (spec §0.1). */
public enum Safety {
  /** Mechanical, same behaviour: rewrite silently. */
  SAFE("SAFE"),
  /** Mechanical, but a subtle behaviour changed: rewrite and add a NOTE comment. */
  SAFE_NOTE("SAFE+NOTE"),
  /** Rewrite, and add a TODO marker for a person to check. */
  REVIEW("REVIEW"),
  /** Do not rewrite; add a TODO marker and report the place. */
  MANUAL("MANUAL");

  private final String label;

  Safety(String label) {
    this.label = label;
  }

  /** Returns the level as written in rule files and the spec. */
  public String label() {
    return label;
  }

  /** Returns the level for its label. */
  public static Optional<Safety> of(String label) {
    for (Safety s : values()) {
      if (s.label.equals(label)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
