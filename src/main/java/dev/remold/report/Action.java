package dev.remold.report;

import dev.remold.rules.Safety;

/** What remold does at a site, from the safety of what happened there and whether the rule rewrites code. */
public enum Action {
  /** SAFE: rewritten, nothing to check. */
  REWRITE("rewrite", "rewrite"),
  /** SAFE+NOTE: rewritten, with a NOTE comment on a subtle change. */
  REWRITE_WITH_NOTE("rewrite-with-note", "rewrite with a note"),
  /** REVIEW with a fix: rewritten, with a TODO marker for a person to check. */
  REWRITE_FOR_REVIEW("rewrite-for-review", "rewrite for review"),
  /** REVIEW without a fix: the code stays, a TODO marker asks a person to check it. */
  MARK_FOR_REVIEW("mark-for-review", "mark for review"),
  /** MANUAL, or a rewrite refused: the code stays, a TODO marker says why. */
  MANUAL("manual", "leave for manual work");

  private final String key;
  private final String label;

  Action(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /** Returns the kebab-case name used in JSON. */
  public String key() {
    return key;
  }

  /** Returns the words a person reads. */
  public String label() {
    return label;
  }

  /** Returns whether a person has to look at the site: review or manual work. */
  public boolean needsPerson() {
    return this == REWRITE_FOR_REVIEW || this == MARK_FOR_REVIEW || this == MANUAL;
  }

  /** Returns the action for what happened at a site (a refused rewrite reports MANUAL) and whether its rule has a fix. */
  public static Action of(Safety safety, boolean ruleRewritesCode) {
    return switch (safety) {
      case SAFE -> REWRITE;
      case SAFE_NOTE -> REWRITE_WITH_NOTE;
      case REVIEW -> ruleRewritesCode ? REWRITE_FOR_REVIEW : MARK_FOR_REVIEW;
      case MANUAL -> MANUAL;
    };
  }
}
