package dev.remold.report;

import dev.remold.rules.Safety;
import java.util.Objects;

/**
 * One place where a rule acted: the file, the rule and the spec id it cites, what happened (safety and action),
 * the line in the file before the run (0 when not known) and the reason a person reads ("" for a plain rewrite).
 */
public record Site(String file, String ruleId, String specId, Category category, Safety safety, Action action, int line,
    String message) {
  public Site {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(specId, "specId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(safety, "safety");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line " + line);
    }
  }

  /** Returns the id the site's marker carries: the spec id, else the rule id. */
  public String markerId() {
    return specId.isEmpty() ? ruleId : specId;
  }

  /** Returns whether the line of the site is known. */
  public boolean hasLine() {
    return line > 0;
  }
}
