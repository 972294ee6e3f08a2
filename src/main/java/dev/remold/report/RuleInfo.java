package dev.remold.report;

import dev.remold.rules.ProjectRule;
import dev.remold.rules.Rule;
import dev.remold.rules.Safety;
import java.util.Objects;

/**
 * What the outputs say about a rule: its id, description, safety level, the spec id it cites ("" for none),
 * its category and whether it rewrites code.
 */
public record RuleInfo(String id, String description, Safety safety, String specId, Category category, boolean rewritesCode) {
  public RuleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(safety, "safety");
    Objects.requireNonNull(specId, "specId");
    Objects.requireNonNull(category, "category");
  }

  /** Returns the outputs' view of a compiled rule. */
  public static RuleInfo of(Rule rule) {
    return new RuleInfo(rule.id(), rule.description(), rule.safety(), rule.specId(), Category.ofSpec(rule.specId()),
        rule.rewritesCode());
  }

  /** Returns the outputs' view of a project rule (a package.json or .gitignore edit). */
  public static RuleInfo of(ProjectRule rule) {
    return new RuleInfo(rule.id(), rule.description(), rule.safety(), rule.specId(), Category.ofSpec(rule.specId()),
        /* rewritesCode= */ true);
  }

  /** Returns the id its markers carry: the spec id, else the rule id. */
  public String markerId() {
    return specId.isEmpty() ? id : specId;
  }
}
