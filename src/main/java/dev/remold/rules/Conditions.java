package dev.remold.rules;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A rule's {@code when} and {@code unless}, as {@code kind:value} strings ({@code dependency:aws-amplify},
 * {@code extension:ts}, {@code option:graphql=models|models}, {@code dataSchema:true}, {@code projectCode:regex}). Each
 * list holds when every kind in it has some value that holds. A {@code projectCode} condition reads the whole
 * project, so it can be left open until the rule has matched something.
 */
record Conditions(List<String> when, List<String> unless) {
  static final Conditions NONE = new Conditions(List.of(), List.of());
  private static final String PROJECT_CODE = "projectCode:";

  Conditions {
    when = List.copyOf(when);
    unless = List.copyOf(unless);
  }

  /** Returns whether the conditions hold, projectCode ones included. */
  boolean hold(FileContext context) {
    return allKindsHold(when, context) && (unless.isEmpty() || !allKindsHold(unless, context));
  }

  /** Returns whether the conditions may hold: they hold, or only a projectCode condition could make them fail. */
  boolean mayHold(FileContext context) {
    List<String> whenNow = withoutProjectCode(when);
    List<String> unlessNow = withoutProjectCode(unless);
    if (!allKindsHold(whenNow, context)) {
      return false;
    }
    // Without a projectCode part, `unless` is settled now; with one, it holds only if its other parts do.
    return unless.isEmpty() || !allKindsHold(unlessNow, context) || unlessNow.size() < unless.size();
  }

  /** Returns the regexes the projectCode conditions ask about. */
  Set<String> projectCodeQueries() {
    Set<String> out = new LinkedHashSet<>();
    Stream.concat(when.stream(), unless.stream()).filter(c -> c.startsWith(PROJECT_CODE))
        .forEach(c -> out.add(c.substring(PROJECT_CODE.length())));
    return out;
  }

  private static List<String> withoutProjectCode(List<String> conditions) {
    return conditions.stream().filter(c -> !c.startsWith(PROJECT_CODE)).toList();
  }

  private static boolean allKindsHold(List<String> conditions, FileContext context) {
    Map<String, Boolean> byKind = new HashMap<>();
    for (String c : conditions) {
      byKind.merge(c.substring(0, c.indexOf(':')), holds(c, context), Boolean::logicalOr);
    }
    return byKind.values().stream().allMatch(Boolean::booleanValue);
  }

  private static boolean holds(String condition, FileContext context) {
    String value = condition.substring(condition.indexOf(':') + 1);
    if (condition.startsWith(PROJECT_CODE)) {
      return context.projectCodeMatches(value);
    }
    if (condition.startsWith("option:")) {
      // option:NAME=VALUE|DEFAULT: the run's value of the option, or the pack's default when the run sets none.
      String name = value.substring(0, value.indexOf('='));
      String wanted = value.substring(value.indexOf('=') + 1, value.lastIndexOf('|'));
      return context.option(name).orElse(value.substring(value.lastIndexOf('|') + 1)).equals(wanted);
    }
    if (condition.startsWith("dataSchema:")) {
      return context.dataSchemaTyped() == Boolean.parseBoolean(value);
    }
    return condition.startsWith("dependency:") ? context.hasDependency(value) : context.extension().equals(value);
  }
}
