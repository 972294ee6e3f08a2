package dev.remold.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule's {@code when} and {@code unless}, as {@code kind:value} strings ({@code dependency:aws-amplify},
 * {@code extension:ts}, {@code option:graphql=models|models}, {@code dataSchema:true}, {@code projectCode:regex}). Each
 * list holds when every kind in it has some value that holds. A {@code projectCode} condition reads the whole
 * project, so it can be left open until the rule has matched something.
 */
final class Conditions {
  static final Conditions NONE = new Conditions(List.of(), List.of());
  private static final String PROJECT_CODE = "projectCode:";

  // Grouped by kind once, as every file asks every rule (most rules have none at all).
  private final List<List<String>> when;
  private final List<List<String>> unless;
  private final List<List<String>> whenNow;
  private final List<List<String>> unlessNow;

  Conditions(List<String> when, List<String> unless) {
    this.when = byKind(when, true);
    this.unless = byKind(unless, true);
    this.whenNow = byKind(when, false);
    this.unlessNow = byKind(unless, false);
  }

  /** Returns whether the conditions hold, projectCode ones included. */
  boolean hold(FileContext context) {
    return allKindsHold(when, context) && (unless.isEmpty() || !allKindsHold(unless, context));
  }

  /** Returns whether the conditions may hold: they hold, or only a projectCode condition could make them fail. */
  boolean mayHold(FileContext context) {
    if (!allKindsHold(whenNow, context)) {
      return false;
    }
    // Without a projectCode part, `unless` is settled now; with one, it holds only if its other parts do.
    return unless.isEmpty() || unlessNow.size() < unless.size() || !allKindsHold(unlessNow, context);
  }

  /** Returns the regexes the projectCode conditions ask about. */
  Set<String> projectCodeQueries() {
    Set<String> out = new LinkedHashSet<>();
    for (List<List<String>> side : List.of(when, unless)) {
      side.stream().flatMap(List::stream).filter(c -> c.startsWith(PROJECT_CODE))
          .forEach(c -> out.add(c.substring(PROJECT_CODE.length())));
    }
    return out;
  }

  private static List<List<String>> byKind(List<String> conditions, boolean withProjectCode) {
    Map<String, List<String>> kinds = new LinkedHashMap<>();
    for (String c : conditions) {
      if (withProjectCode || !c.startsWith(PROJECT_CODE)) {
        kinds.computeIfAbsent(c.substring(0, c.indexOf(':')), k -> new ArrayList<>()).add(c);
      }
    }
    return kinds.values().stream().map(List::copyOf).toList();
  }

  private static boolean allKindsHold(List<List<String>> kinds, FileContext context) {
    for (List<String> values : kinds) {
      if (values.stream().noneMatch(c -> holds(c, context))) {
        return false;
      }
    }
    return true;
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
