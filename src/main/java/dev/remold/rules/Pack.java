package dev.remold.rules;

import java.util.List;

/**
 * A rules folder: its manifest (name, version, what it migrates, preconditions, project-file rules) and its rules in
 * file order.
 */
public record Pack(String name, String version, String description, String from, String to,
    List<Requirement> requires, List<Rule> rules, List<ProjectRule> projectRules, String location) {
  public Pack {
    requires = List.copyOf(requires);
    rules = List.copyOf(rules);
    projectRules = List.copyOf(projectRules);
  }
}
