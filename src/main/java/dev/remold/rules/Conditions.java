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
  private static final String PROJECT_CODE = "projectCode";

  /** One condition, split once: every file asks every rule. For an option, {@code value} is NAME and VALUE|DEFAULT follow. */
  private record Condition(String kind, String value, String wanted, String fallback) {
    static Condition of(String text) {
      String kind = text.substring(0, text.indexOf(':'));
      String value = text.substring(text.indexOf(':') + 1);
      if (!kind.equals("option")) {
        return new Condition(kind, value, null, null);
      }
      // option:NAME=VALUE|DEFAULT: the run's value of the option, or the pack's default when the run sets none.
      return new Condition(kind, value.substring(0, value.indexOf('=')), value.substring(value.indexOf('=') + 1, value.lastIndexOf('|')),
          value.substring(value.lastIndexOf('|') + 1));
    }

    boolean holds(FileContext context) {
      return switch (kind) {
        case PROJECT_CODE -> context.projectCodeMatches(value);
        case "option" -> context.option(value).orElse(fallback).equals(wanted);
        case "dataSchema" -> context.dataSchemaTyped() == Boolean.parseBoolean(value);
        case "dependency" -> context.hasDependency(value);
        default -> context.extension().equals(value);
      };
    }
  }

  // Each side grouped by kind: it holds when every kind has a value that holds. The *Now lists leave projectCode out.
  private final List<List<Condition>> when;
  private final List<List<Condition>> unless;
  private final List<List<Condition>> whenNow;
  private final List<List<Condition>> unlessNow;

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
    for (List<List<Condition>> side : List.of(when, unless)) {
      side.stream().flatMap(List::stream).filter(c -> c.kind().equals(PROJECT_CODE)).forEach(c -> out.add(c.value()));
    }
    return out;
  }

  private static List<List<Condition>> byKind(List<String> conditions, boolean withProjectCode) {
    Map<String, List<Condition>> kinds = new LinkedHashMap<>();
    for (String text : conditions) {
      Condition c = Condition.of(text);
      if (withProjectCode || !c.kind().equals(PROJECT_CODE)) {
        kinds.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
      }
    }
    return kinds.values().stream().map(List::copyOf).toList();
  }

  private static boolean allKindsHold(List<List<Condition>> kinds, FileContext context) {
    for (List<Condition> values : kinds) {
      boolean any = false;
      for (int i = 0; i < values.size() && !any; i++) {
        any = values.get(i).holds(context);
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }
}
