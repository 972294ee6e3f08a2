package dev.remold.rules;

import java.util.List;

/** The packs that loaded and every problem found in any rule or pack file. */
public record RuleLoadResult(List<Pack> packs, List<RuleProblem> problems) {
  public RuleLoadResult {
    packs = List.copyOf(packs);
    problems = List.copyOf(problems);
  }
}
