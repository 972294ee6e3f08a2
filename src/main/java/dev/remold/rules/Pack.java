package dev.remold.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rules folder: its manifest (name, version, what it migrates, preconditions, run options with their
 * values, the first being the default, project-file rules) and its rules in file order.
 */
public record Pack(String name, String version, String description, String from, String to,
    List<Requirement> requires, Map<String, List<String>> options, List<Rule> rules, List<ProjectRule> projectRules,
    String location) {
  public Pack {
    requires = List.copyOf(requires);
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    rules = List.copyOf(rules);
    projectRules = List.copyOf(projectRules);
  }
}
